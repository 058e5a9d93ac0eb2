#!/usr/bin/env bash
# Runs the action's steps on this machine as a GitHub runner would, to measure the cache-hit path:
# the action is unpacked from a commit (as the runner downloads an action pinned by SHA), the
# GITHUB_* and RUNNER_* variables, event payload, output and summary files are set as a runner
# sets them, and actions/cache is stood in for by a tar file per key (mtimes kept, as the real one
# keeps them). The steps are the action's own scripts: cache-key.sh, then restore, or build.sh and
# save, then entrypoint.sh. Prints whether the cache hit and how long the job took before eksform
# started.
#
#   github-action/simulate.sh [--ref COMMIT] [--cache DIR] [--command check|plan] [--keep]
#
# The first run of a commit builds (a cache miss); run it again for the cache-hit time. setup-java
# is not simulated: the machine's java is used (on a hosted runner, Java 17 comes from the tool
# cache in about a second). The workspace is a throwaway repository whose branch edits the
# example config, checked against its base as on a pull request.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

ref=HEAD
cache="${XDG_CACHE_HOME:-$HOME/.cache}/eksform-action-simulation"
command=check
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ref) ref="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --command) command="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "simulate.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

sha="$(git -C "$root" rev-parse --verify "$ref^{commit}")"
sim="$(mktemp -d)"
if [[ "$keep" != true ]]; then trap 'rm -rf "$sim"' EXIT; fi
mkdir -p "$cache" "$sim/_actions/eksform/$sha" "$sim/workspace" "$sim/temp"

# The action as the runner has it: the files of the commit, no build output, fresh mtimes.
action="$sim/_actions/eksform/$sha"
git -C "$root" archive "$sha" | tar -x -m -C "$action"

# A pull request in a throwaway repository: the base has the example, the branch edits it.
ws="$sim/workspace"
git -C "$ws" init -q -b main
git -C "$ws" config user.email sim@example.com
git -C "$ws" config user.name simulation
mkdir -p "$ws/clusters"
cp "$root/examples/prodcatalog/clusterconfig.yaml" "$ws/clusters/prodcatalog.yaml"
git -C "$ws" add -A && git -C "$ws" commit -q -m base
base="$(git -C "$ws" rev-parse HEAD)"
git -C "$ws" checkout -q -b feature
sed -i.bak 's/name: fargate-productcatalog/name: fargate-productcatalog-2/' "$ws/clusters/prodcatalog.yaml"
rm -f "$ws/clusters/prodcatalog.yaml.bak"
git -C "$ws" commit -q -am "rename the profile"
jq -n --arg base "$base" '{pull_request: {number: 1, base: {sha: $base, ref: "main",
  repo: {full_name: "acme/platform"}}, head: {ref: "feature", repo: {full_name: "acme/platform"}}}}' \
  >"$sim/event.json"

export CI=true GITHUB_ACTIONS=true RUNNER_OS=Linux RUNNER_ARCH=X64 RUNNER_TEMP="$sim/temp"
export GITHUB_WORKSPACE="$ws" GITHUB_EVENT_NAME=pull_request GITHUB_EVENT_PATH="$sim/event.json"
export GITHUB_REPOSITORY=acme/platform GITHUB_REF=refs/pull/1/merge GITHUB_SHA="$sha"
export GITHUB_OUTPUT="$sim/output" GITHUB_STEP_SUMMARY="$sim/summary" GITHUB_ENV="$sim/env"
export GITHUB_ACTION_PATH="$action/github-action" GITHUB_TOKEN=simulated
: >"$GITHUB_OUTPUT"
: >"$GITHUB_STEP_SUMMARY"
: >"$GITHUB_ENV"

start="$(now)"
# Step: cache key (the action pinned by SHA: github.action_ref is the commit).
key="$(ACTION_DIR="$GITHUB_ACTION_PATH" ACTION_REF="$sha" "$GITHUB_ACTION_PATH/cache-key.sh")"
keyed="$(now)"
# Step: actions/cache restore.
hit=false
if [[ -f "$cache/$key.tar" ]]; then
  tar -x -f "$cache/$key.tar" -C "$action"
  hit=true
fi
restored="$(now)"
# Step: the build, on a miss only.
if [[ "$hit" != true ]]; then
  echo "simulate.sh: cache miss for $key: building (the first run of this action commit)" >&2
  ACTION_DIR="$GITHUB_ACTION_PATH" "$GITHUB_ACTION_PATH/build.sh"
fi
built="$(now)"
# Step: run eksform; a wrapper notes when the first eksform process starts.
mark="$sim/eksform-started"
cat >"$sim/eksform" <<WRAPPER
#!/bin/sh
[ -f "$mark" ] || date +%s.%N >"$mark"
exec "$action/eksform" "\$@"
WRAPPER
chmod +x "$sim/eksform"
status=0
(cd "$ws" && EKSFORM_BIN="$sim/eksform" EKSFORM_NO_BUILD=1 INPUT_COMMAND="$command" \
  ACTION_DIR="$GITHUB_ACTION_PATH" "$GITHUB_ACTION_PATH/entrypoint.sh") >"$sim/step.log" 2>&1 ||
  status=$?
finished="$(now)"
# Post step: actions/cache save, on a miss only.
if [[ "$hit" != true ]]; then
  (cd "$action" && tar -c -f "$cache/$key.tar" cli/target/eksform.jar cli/target/eksform.jsa \
    cli/target/eksform-lint.jsa)
fi

started="$(cat "$mark" 2>/dev/null || echo "$finished")"
echo "cache hit: $hit (key $key)"
echo "cache key: $(seconds "$start" "$keyed") s; restore: $(seconds "$keyed" "$restored") s; build: $(seconds "$restored" "$built") s"
echo "eksform started $(seconds "$start" "$started") s after the first step; the step ended after $(seconds "$start" "$finished") s (exit $status)"
echo "outputs: $(tr '\n' ' ' <"$GITHUB_OUTPUT")"
if [[ $status -gt 1 ]]; then
  echo "the step failed; its log:" >&2
  cat "$sim/step.log" >&2
fi
exit "$status"
