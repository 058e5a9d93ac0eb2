#!/usr/bin/env bash
# Runs eksform for the Action and reports to GitHub: job summary, step outputs, one pull-request
# comment. Every value from the event or the inputs arrives through the environment and is only
# ever quoted, never evaluated. `command: apply` is handled by apply.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$here/lib.sh"
# shellcheck source-path=SCRIPTDIR source=comment.sh
source "$here/comment.sh"

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
# 0 clean, 1 findings; 2 is a usage error and 3 an internal one. Only a result that is whole JSON
# of the expected shape sets outputs: anything else fails the step rather than passing it empty.
if [[ $status -gt 1 ]]; then
  error "eksform check failed (exit $status); see its message above"
  exit "$status"
fi
if ! valid_check_json "$work/result.json"; then
  error "eksform check exited $status without a valid JSON result; see its messages above"
  exit 3
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
  if ! upsert_comment "$pr_number" "$work/summary.md" "$work"; then exit 1; fi
fi

fail_on="${INPUT_FAIL_ON:-error}"
case "$fail_on" in
  never) exit 0 ;;
  warning) if [[ "$errors" -gt 0 || "$warnings" -gt 0 ]]; then exit 1; fi ;;
  *) if [[ "$errors" -gt 0 ]]; then exit 1; fi ;;
esac
exit 0
