# The pull-request comment of the Action (sourced by entrypoint.sh after lib.sh): one comment per
# pull request, marked `<!-- eksform-check -->` and written by the token's own identity, created on
# the first run and edited on the next ones.
# shellcheck shell=bash

comment_marker="<!-- eksform-check -->"

# comment_author WORK: the login the token posts as. A personal or app user token answers GET
# /user; the workflow's GITHUB_TOKEN cannot (403), and then posts as github-actions[bot]. The
# comment-author input names another bot (a GitHub App's `<slug>[bot]`).
comment_author() {
  local work="$1" api="${GITHUB_API_URL:-https://api.github.com}" login=""
  if [[ -n "${INPUT_COMMENT_AUTHOR:-}" ]]; then
    printf '%s\n' "$INPUT_COMMENT_AUTHOR"
    return
  fi
  if [[ "$(github_api GET "$api/user" "$work/user.json")" == 200 ]]; then
    login="$(jq -r '.login // empty' "$work/user.json" 2>/dev/null || true)"
  fi
  printf '%s\n' "${login:-github-actions[bot]}"
}

# marked_comment PR WORK: the id of the first comment of the pull request that starts with the
# marker and was written by the token's identity (someone else's comment that quotes the marker
# is never edited), searching every page; empty when there is none. Fails on an API error.
marked_comment() {
  local pr="$1" work="$2" api="${GITHUB_API_URL:-https://api.github.com}" page=1 code count
  local author="" id
  while :; do
    code="$(github_api GET "$api/repos/$GITHUB_REPOSITORY/issues/$pr/comments?per_page=100&page=$page" "$work/page.json")"
    if [[ "$code" != 200 ]]; then
      printf '%s\n' "$code" >"$work/find.status"
      return 1
    fi
    if jq -e --arg m "$comment_marker" 'any(.[]; (.body // "") | startswith($m))' "$work/page.json" >/dev/null; then
      if [[ -z "$author" ]]; then author="$(comment_author "$work")"; fi
      id="$(jq -r --arg m "$comment_marker" --arg a "$author" \
        '[.[] | select(((.body // "") | startswith($m)) and .user.login == $a)][0].id // empty' "$work/page.json")"
      if [[ -n "$id" ]]; then
        printf '%s\n' "$id"
        return 0
      fi
    fi
    count="$(jq 'length' "$work/page.json")"
    if [[ "$count" -lt 100 ]]; then return 0; fi
    page=$((page + 1))
  done
}

# from_fork: true when the event's pull request comes from a fork, whose token is read-only.
from_fork() {
  local head base
  if [[ "$(event_field '.pull_request.head.repo.fork')" == "true" ]]; then return 0; fi
  head="$(event_field '.pull_request.head.repo.full_name')"
  base="$(event_field '.pull_request.base.repo.full_name')"
  [[ -n "$head" && -n "$base" && "$head" != "$base" ]]
}

# comment_refused WHAT: a 403 on a fork's pull request is a warning (its token cannot write, and
# the job summary holds the same text); anything else fails the step.
comment_refused() {
  local what="$1"
  if [[ "$COMMENT_STATUS" == 403 ]] && from_fork; then
    warning "cannot $what the eksform comment: pull requests from forks get a read-only token (HTTP 403); the result is in the job summary"
    return 0
  fi
  error "cannot $what the eksform comment (HTTP $COMMENT_STATUS): the job needs permissions: pull-requests: write"
  return 1
}

# upsert_comment PR BODY_FILE WORK: edits the action's marked comment, or posts one.
upsert_comment() {
  local pr="$1" body="$2" work="$3" api="${GITHUB_API_URL:-https://api.github.com}" existing
  COMMENT_STATUS=""
  if ! existing="$(marked_comment "$pr" "$work")"; then
    COMMENT_STATUS="$(cat "$work/find.status")"
    comment_refused "find"
    return
  fi
  jq -n --rawfile body "$body" '{body: $body}' >"$work/comment.json"
  if [[ -n "$existing" ]]; then
    COMMENT_STATUS="$(github_api PATCH "$api/repos/$GITHUB_REPOSITORY/issues/comments/$existing" "$work/answer.json" "$work/comment.json")"
    if [[ "$COMMENT_STATUS" != 200 ]]; then comment_refused "update"; fi
    return
  else
    COMMENT_STATUS="$(github_api POST "$api/repos/$GITHUB_REPOSITORY/issues/$pr/comments" "$work/answer.json" "$work/comment.json")"
    if [[ "$COMMENT_STATUS" != 201 ]]; then comment_refused "post"; fi
  fi
}
