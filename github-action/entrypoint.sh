#!/usr/bin/env bash
# Runs eksform for the Action and reports to GitHub: job summary, step outputs, one pull-request
# comment. Every value from the event or the inputs arrives through the environment and is only
# ever quoted, never evaluated.
set -euo pipefail

eksform_bin="${EKSFORM_BIN:-eksform}"
command="${INPUT_COMMAND:-check}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

event="${GITHUB_EVENT_PATH:-}"
base="${INPUT_BASE_REF:-}"
pr_number=""
if [[ -n "$event" && -f "$event" ]]; then
  pr_number="$(jq -r '.pull_request.number // empty' "$event")"
  if [[ -z "$base" ]]; then
    base="$(jq -r '.pull_request.base.sha // empty' "$event")"
  fi
fi

args=()
case "$command" in
  check | plan)
    if [[ -z "$base" ]]; then
      echo "::error::no base to compare with: set the base-ref input or run on pull_request" >&2
      exit 2
    fi
    args=(check --base "$base" --format json --summary "$work/summary.md")
    # plan: the same check, with the real plan against the account instead of the intent plan.
    if [[ "$command" == "plan" ]]; then args+=(--live); fi
    ;;
  *)
    echo "::error::this version of the action runs check and plan; run apply with the CLI (see README)" >&2
    exit 2
    ;;
esac
if [[ -n "${INPUT_POLICY:-}" ]]; then
  args+=(--policy "$INPUT_POLICY")
fi
if [[ -n "${INPUT_SARIF_FILE:-}" ]]; then
  args+=(--sarif "$INPUT_SARIF_FILE")
fi

status=0
(cd "${GITHUB_WORKSPACE:-.}" && "$eksform_bin" "${args[@]}") >"$work/result.json" || status=$?
if [[ $status -gt 1 ]]; then
  echo "::error::eksform failed (exit $status)" >&2
  exit "$status"
fi

errors="$(jq -r '.errors' "$work/result.json")"
warnings="$(jq -r '.warnings' "$work/result.json")"
changes="$(jq -r '.changes' "$work/result.json")"
has_changes=false
if [[ "$changes" -gt 0 ]]; then has_changes=true; fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "errors=$errors"
    echo "warnings=$warnings"
    echo "changes=$changes"
    echo "has-changes=$has_changes"
  } >>"$GITHUB_OUTPUT"
fi
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  cat "$work/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi

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
