# Shared by the Action's scripts (sourced, not run). Values from inputs and events are only ever
# quoted: nothing here evaluates them, expands globs in them or splits them on anything but the
# documented separators. Written for bash 3.2 as well (macOS runners): no namerefs, no mapfile.
# shellcheck shell=bash disable=SC2034  # the globals are used by the scripts that source this file

eksform_bin="${EKSFORM_BIN:-eksform}"
workspace="${GITHUB_WORKSPACE:-$PWD}"
event="${GITHUB_EVENT_PATH:-}"
# The token is for the GitHub API calls made here and nothing else: eksform never needs it, and an
# apply (which runs with the account's credentials) must not hold it.
github_token="${GITHUB_TOKEN:-}"
unset GITHUB_TOKEN

# list_input VALUE: sets the array LIST to the items of a list input. A value of several lines has
# one item per line (blanks around it trimmed, empty lines skipped), so an item may contain spaces;
# a one-line value has items separated by blanks. Items are never glob-expanded nor evaluated.
list_input() {
  LIST=()
  local value="$1" line
  if [[ "$value" == *$'\n'* ]]; then
    while IFS= read -r line || [[ -n "$line" ]]; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      if [[ -n "$line" ]]; then LIST+=("$line"); fi
    done <<<"$value"
  elif [[ -n "${value//[[:space:]]/}" ]]; then
    read -r -a LIST <<<"$value"
  fi
}

# event_field JQ_PATH: a field of the event payload, empty when absent or when there is no payload.
event_field() {
  if [[ -n "$event" && -f "$event" ]]; then
    jq -r "$1 // empty" "$event"
  fi
}

# set_output NAME VALUE: a step output (single-line values only).
set_output() {
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    printf '%s=%s\n' "$1" "${2//[$'\r\n']/ }" >>"$GITHUB_OUTPUT"
  fi
}

# add_summary FILE: appends FILE to the job summary.
add_summary() {
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$1" ]]; then
    cat "$1" >>"$GITHUB_STEP_SUMMARY"
  fi
}

# error MESSAGE: an error annotation on the run (the message escaped as workflow-command data).
error() {
  local text="$1"
  text="${text//%/%25}"
  text="${text//$'\r'/%0D}"
  text="${text//$'\n'/%0A}"
  echo "::error::$text" >&2
}

# repository_root: the root of the git repository holding the workspace (the workspace itself when
# git cannot tell).
repository_root() {
  git -C "$workspace" rev-parse --show-toplevel 2>/dev/null || printf '%s\n' "$workspace"
}

# Blank or all-zero: the "before" of a push that created the branch.
no_commit() {
  [[ -z "$1" || "$1" =~ ^0+$ ]]
}

# warning MESSAGE: a warning annotation on the run (escaped as error() does).
warning() {
  local text="$1"
  text="${text//%/%25}"
  text="${text//$'\r'/%0D}"
  text="${text//$'\n'/%0A}"
  echo "::warning::$text" >&2
}

# valid_check_json FILE: true when FILE holds what `eksform check --format json` prints: an object
# with numeric errors, warnings and changes and a files array. Anything else (an empty file, a
# stack trace, a truncated document) is not a result.
valid_check_json() {
  # jq 1.6 exits 0 on an empty input even with -e: an empty file is tested apart.
  [[ -s "$1" ]] && jq -e 'type == "object" and (.errors | type) == "number" and (.warnings | type) == "number"
    and (.changes | type) == "number" and (.files | type) == "array"' "$1" >/dev/null 2>&1
}

# github_api METHOD URL OUT [BODY_FILE]: calls the GitHub REST API with the token, writes the
# response body to OUT and prints the HTTP status (000 when the server was not reached).
github_api() {
  local method="$1" url="$2" out="$3" body="${4:-}" code
  : >"$out"
  local args=(-sS -o "$out" -w '%{http_code}' -X "$method"
    -H "Authorization: Bearer $github_token" -H "Accept: application/vnd.github+json"
    -H "X-GitHub-Api-Version: 2022-11-28")
  if [[ -n "$body" ]]; then args+=(--data "@$body"); fi
  code="$(curl "${args[@]}" "$url" 2>/dev/null)" || true
  printf '%s\n' "${code:-000}"
}
