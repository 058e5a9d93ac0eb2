#!/usr/bin/env bash
# `command: apply` of the Action: on a push to the default branch (or a manual dispatch from it,
# unless allow-any-ref is true), checks the changed ClusterConfig files (or those under `paths`),
# then runs `eksform apply -f FILE --auto-approve` on each, and reports to the job summary and the
# step outputs. Refuses every other event: a pull request must never be able to change an account.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$here/lib.sh"

event_name="${GITHUB_EVENT_NAME:-}"
base="${INPUT_BASE_REF:-}"
list_input "${INPUT_PATHS:-}"
paths=(${LIST[@]+"${LIST[@]}"})
list_input "${INPUT_ARGS:-}"
extra=(${LIST[@]+"${LIST[@]}"})

case "$event_name" in
  push)
    default_branch="$(event_field '.repository.default_branch')"
    ref="${GITHUB_REF:-$(event_field '.ref')}"
    if [[ -z "$default_branch" || "$ref" != "refs/heads/$default_branch" ]]; then
      error "apply runs only on a push to the default branch${default_branch:+ ($default_branch)}; this push is to '$ref': nothing was applied"
      exit 2
    fi
    if [[ -z "$base" ]]; then
      before="$(event_field '.before')"
      if ! no_commit "$before"; then base="$before"; fi
    fi
    ;;
  workflow_dispatch)
    # A dispatch can name any branch or tag; an apply from one that was never reviewed into the
    # default branch would change the account with unreviewed configs, so it needs saying so.
    default_branch="$(event_field '.repository.default_branch')"
    ref="${GITHUB_REF:-$(event_field '.ref')}"
    if [[ "${INPUT_ALLOW_ANY_REF:-false}" != "true" && (-z "$default_branch" || "$ref" != "refs/heads/$default_branch") ]]; then
      error "a manual apply runs only from the default branch${default_branch:+ ($default_branch)}; this run is on '$ref' (set the allow-any-ref input to true to apply from it): nothing was applied"
      exit 2
    fi
    if [[ -z "$base" && ${#paths[@]} -eq 0 ]]; then
      error "a manual apply needs the paths input (the configs to apply) or base-ref: nothing was applied"
      exit 2
    fi
    ;;
  *)
    error "apply refuses to run on a '${event_name:-unknown}' event: it runs only on a push to the default branch or a manual dispatch (workflow_dispatch); on pull requests use command: plan. Nothing was applied"
    exit 2
    ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$(repository_root)"

# Which configs: the check lists them (changed since the base, or every one under the paths) and
# validates them first; a config with errors stops the apply before anything is changed.
check=(check --format json --summary "$work/check.md")
if [[ -n "$base" ]]; then check+=(--base "$base"); else check+=(--all); fi
if [[ -n "${INPUT_POLICY:-}" ]]; then check+=(--policy "$INPUT_POLICY"); fi
check+=(-- ${paths[@]+"${paths[@]}"})
status=0
(cd "$root" && "$eksform_bin" "${check[@]}") >"$work/check.json" || status=$?
if [[ $status -gt 1 ]]; then
  error "eksform check failed (exit $status): nothing was applied"
  exit "$status"
fi
if ! valid_check_json "$work/check.json"; then
  error "eksform check exited $status without a valid JSON result: nothing was applied"
  exit 3
fi
errors="$(jq -r '.errors' "$work/check.json")"
warnings="$(jq -r '.warnings' "$work/check.json")"
set_output errors "$errors"
set_output warnings "$warnings"
if [[ "$errors" -gt 0 ]]; then
  add_summary "$work/check.md"
  set_output changes 0
  set_output has-changes false
  set_output applied 0
  set_output failed 0
  error "$errors error(s) in the configs to apply (see the job summary): nothing was applied"
  exit 1
fi
jq -r '.files[] | select(.change == "deleted") | .path' "$work/check.json" |
  while IFS= read -r gone; do
    echo "::warning::${gone//[$'\r\n%']/_} was deleted: eksform does not delete clusters; nothing applied for it"
  done

# One apply per config, in path order; a failure does not stop the others (each is its own cluster).
done_total=0
applied=0
failed=0
: >"$work/results.jsonl"
while IFS= read -r -d '' file; do
  cmd=(apply "--file=$file" --auto-approve --format json)
  if [[ -n "${INPUT_LOCK_TABLE:-}" ]]; then cmd+=(--lock-table "$INPUT_LOCK_TABLE"); fi
  if [[ -n "${INPUT_POLICY:-}" ]]; then cmd+=(--policy "$INPUT_POLICY"); fi
  cmd+=(${extra[@]+"${extra[@]}"})
  echo "::group::eksform apply ${file//[$'\r\n%']/_}"
  # The plan and progress print names and values from the config: never read them as commands.
  token="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  echo "::stop-commands::$token"
  set +e
  (cd "$root" && "$eksform_bin" "${cmd[@]}") 2>"$work/apply.err" | tee "$work/apply.jsonl"
  status="${PIPESTATUS[0]}"
  set -e
  cat "$work/apply.err" # on stdout, so that it stays before the token that resumes commands
  echo "::$token::"
  echo "::endgroup::"
  # 0 applied (or nothing to do, with nothing on stdout), 1 changes failed; 2 and 3 are usage and
  # internal errors. Output that is not JSON lines, or a success without its summary, is a failure.
  if [[ $status -le 1 ]] && ! jq -e -R -s \
    'split("\n") | map(select(length > 0) | fromjson | type == "object") | all' \
    "$work/apply.jsonl" >/dev/null 2>&1; then
    echo "eksform: the apply printed lines that are not its JSON events" >>"$work/apply.err"
    status=3
  fi
  summary="$(jq -R -c 'fromjson? | select(.event == "summary")' "$work/apply.jsonl" | tail -n 1)"
  if [[ -z "$summary" ]]; then
    if [[ $status -eq 0 && -s "$work/apply.jsonl" ]]; then
      echo "eksform: the apply ended without its summary" >>"$work/apply.err"
      status=3
    fi
    summary='{}'
  fi
  jq -n -c --arg file "$file" --argjson status "$status" --argjson summary "$summary" \
    --rawfile err "$work/apply.err" \
    '{file: $file, status: $status, summary: $summary, err: ($err | split("\n") | map(select(startswith("eksform:"))) | join(" "))}' \
    >>"$work/results.jsonl"
  done_here="$(jq -r '.done // [] | length' <<<"$summary")"
  done_total=$((done_total + done_here))
  if [[ $status -ne 0 ]]; then
    failed=$((failed + 1))
  elif [[ $done_here -gt 0 ]]; then
    applied=$((applied + 1))
  fi
done < <(jq -j '.files[] | select(.change != "deleted") | .path + "\u0000"' "$work/check.json")

jq -r -s -f "$here/apply-summary.jq" "$work/results.jsonl" >"$work/summary.md"
add_summary "$work/summary.md"
set_output changes "$done_total"
if [[ $done_total -gt 0 ]]; then set_output has-changes true; else set_output has-changes false; fi
set_output applied "$applied"
set_output failed "$failed"
if [[ $failed -gt 0 ]]; then
  error "the apply of $failed config(s) failed (see the job summary)"
  exit 1
fi
exit 0
