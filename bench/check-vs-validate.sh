#!/usr/bin/env bash
# `eksform check` in a git repository of 500 ClusterConfig files where a branch changed 5, against
# `eksform validate` of those 5 files alone: one fresh JVM per run (as in CI), alternately, ROUNDS
# times each; prints each round, the medians and the ratio check/validate (the target: under 2).
#
#   bench/check-vs-validate.sh [ROUNDS]        (needs git)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rounds="${1:-11}"
files=500
changed=5
repo="$here/results/check-vs-validate/repo"

config() { # NAME-INDEX DESIRED
  printf 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: cluster-%s\n' "$1"
  printf '  region: eu-west-1\n  version: "1.33"\nfargateProfiles:\n  - name: fp-apps\n'
  printf '    selectors:\n      - namespace: apps-%s\nmanagedNodeGroups:\n  - name: ng-1\n' "$1"
  printf '    instanceType: m5.large\n    minSize: 1\n    maxSize: 10\n    desiredCapacity: %s\n' "$2"
}

rm -rf "$repo" && mkdir -p "$repo/clusters"
for i in $(seq 0 $((files - 1))); do config "$i" 2 >"$repo/clusters/c$i.yaml"; done
git() { command git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid "$@"; }
git init -q -b main && git add . && git commit -q -m "$files clusters"
git checkout -q -b change
targets=()
for i in $(seq 0 $((changed - 1))); do
  n=$((i * files / changed))
  config "$n" 3 >"$repo/clusters/c$n.yaml"
  targets+=("$repo/clusters/c$n.yaml")
done
git commit -q -a -m "scale $changed"
"$root/eksform" --version >/dev/null # builds the jar and its class-data archive when stale

c_times=()
v_times=()
for r in $(seq 1 "$rounds"); do
  t0=$(now)
  (cd "$repo" && "$root/eksform" check --base main >/dev/null)
  t1=$(now)
  "$root/eksform" validate "${targets[@]}" >/dev/null
  t2=$(now)
  c_times+=($(((t1 - t0) / 1000000)))
  v_times+=($(((t2 - t1) / 1000000)))
  echo "round $r: check ${c_times[-1]} ms, validate ${v_times[-1]} ms"
done
cm=$(median "${c_times[@]}")
vm=$(median "${v_times[@]}")
echo "median: check $cm ms, validate of the $changed changed files $vm ms," \
  "ratio check/validate $(ratio "$cm" "$vm") (target < 2)"
