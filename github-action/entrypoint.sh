#!/usr/bin/env bash
# Runs eksform for the Action and reports to GitHub: job summary, step outputs, one pull-request
# comment. Every value from the event or the inputs arrives through the environment and is only
# ever quoted, never evaluated. `command: apply` is handled by apply.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$here/lib.sh"

command="${INPUT_COMMAND:-check}"
case "$command" in
  check | plan) ;;
  apply) exec "$here/apply.sh" ;;
  *)
    error "unknown command '$command': use check, plan or apply"
    exit 2
    ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pr_number="$(event_field '.pull_request.number')"
base="${INPUT_BASE_REF:-}"
if [[ -z "$base" ]]; then
  base="$(event_field '.pull_request.base.sha')"
fi
if [[ -z "$base" && "${GITHUB_EVENT_NAME:-}" == "push" ]]; then
  before="$(event_field '.before')"
  if ! no_commit "$before"; then base="$before"; fi
fi
if [[ -z "$base" ]]; then
  error "no base to compare with: set the base-ref input, or run on pull_request or push"
  exit 2
fi

list_input "${INPUT_ARGS:-}"
extra=(${LIST[@]+"${LIST[@]}"})
list_input "${INPUT_PATHS:-}"
paths=(${LIST[@]+"${LIST[@]}"})

args=(check --base "$base" --format json --summary "$work/summary.md")
# plan: the same check, with the real plan against the account instead of the intent plan.
if [[ "$command" == "plan" ]]; then args+=(--live); fi
if [[ -n "${INPUT_POLICY:-}" ]]; then args+=(--policy "$INPUT_POLICY"); fi
if [[ -n "${INPUT_SARIF_FILE:-}" ]]; then args+=(--sarif "$INPUT_SARIF_FILE"); fi
args+=(${extra[@]+"${extra[@]}"} -- ${paths[@]+"${paths[@]}"})

status=0
(cd "$workspace" && "$eksform_bin" "${args[@]}") >"$work/result.json" || status=$?
if [[ $status -gt 1 ]]; then
  error "eksform check failed (exit $status)"
  exit "$status"
fi

errors="$(jq -r '.errors' "$work/result.json")"
warnings="$(jq -r '.warnings' "$work/result.json")"
changes="$(jq -r '.changes' "$work/result.json")"
has_changes=false
if [[ "$changes" -gt 0 ]]; then has_changes=true; fi
set_output errors "$errors"
set_output warnings "$warnings"
set_output changes "$changes"
set_output has-changes "$has_changes"
add_summary "$work/summary.md"

if [[ "${INPUT_COMMENT:-false}" == "true" && -n "$pr_number" ]]; then
  api="${GITHUB_API_URL:-https://api.github.com}"
  url="$api/repos/$GITHUB_REPOSITORY/issues/$pr_number/comments"
  auth=(-H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json")
  marker="<!-- eksform-check -->"
  existing="$(curl -fsS "${auth[@]}" "$url?per_page=100" |
    jq -r --arg m "$marker" '[.[] | select(.body | startswith($m))][0].id // empty')"
  jq -n --rawfile body "$work/summary.md" '{body: $body}' >"$work/comment.json"
  if [[ -n "$existing" ]]; then
    curl -fsS -X PATCH "${auth[@]}" --data @"$work/comment.json" \
      "$api/repos/$GITHUB_REPOSITORY/issues/comments/$existing" >/dev/null
  else
    curl -fsS -X POST "${auth[@]}" --data @"$work/comment.json" "$url" >/dev/null
  fi
fi

fail_on="${INPUT_FAIL_ON:-error}"
case "$fail_on" in
  never) exit 0 ;;
  warning) if [[ "$errors" -gt 0 || "$warnings" -gt 0 ]]; then exit 1; fi ;;
  *) if [[ "$errors" -gt 0 ]]; then exit 1; fi ;;
esac
exit 0
