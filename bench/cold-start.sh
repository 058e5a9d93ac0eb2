#!/usr/bin/env bash
# Cold start of `./eksform validate` on one file (with the built-in policies, and schema only with
# --no-builtin) against a JVM hello world, alternately, ROUNDS times each; prints the medians and
# the ratios eksform/hello (the target is at most 3).
#
#   bench/cold-start.sh [ROUNDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rounds="${1:-15}"
work="$here/results/cold-start"
hello_world "$work"
"$root/eksform" --version >/dev/null   # builds the jar and its class-data archive when stale

h=(); e=(); s=()
for r in $(seq 1 "$rounds"); do
  t=$(now); java -cp "$work" Hello >/dev/null; h+=($(since "$t"))
  t=$(now); "$root/eksform" validate "$example" >/dev/null; e+=($(since "$t"))
  t=$(now); "$root/eksform" validate --no-builtin "$example" >/dev/null; s+=($(since "$t"))
done
hm=$(median "${h[@]}"); em=$(median "${e[@]}"); sm=$(median "${s[@]}")
echo "median: hello world $hm ms; eksform validate $em ms (ratio $(ratio "$em" "$hm")); \
eksform validate --no-builtin $sm ms (ratio $(ratio "$sm" "$hm"))"
