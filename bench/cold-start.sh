#!/usr/bin/env bash
# Cold start of `./eksform validate` on one file (with the built-in policies, and schema only with
# --no-builtin) against a JVM hello world, alternately, ROUNDS times each; prints the medians and
# the ratios eksform/hello (the target is at most 3).
#
#   bench/cold-start.sh [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
rounds="${1:-15}"
work="$here/results/cold-start"
mkdir -p "$work"
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$work" "$work/Hello.java"
"$root/eksform" --version >/dev/null   # builds the jar and its class-data archive when stale

now() { date +%s%N; }
example="$root/examples/prodcatalog/clusterconfig.yaml"
h=(); e=(); s=()
for r in $(seq 1 "$rounds"); do
  t0=$(now); java -cp "$work" Hello >/dev/null; t1=$(now)
  "$root/eksform" validate "$example" >/dev/null; t2=$(now)
  "$root/eksform" validate --no-builtin "$example" >/dev/null; t3=$(now)
  h+=($(( (t1 - t0) / 1000000 ))); e+=($(( (t2 - t1) / 1000000 ))); s+=($(( (t3 - t2) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hm=$(median "${h[@]}"); em=$(median "${e[@]}"); sm=$(median "${s[@]}")
ratio() { awk "BEGIN {printf \"%.2f\", $1/$2}"; }
echo "median: hello world $hm ms; eksform validate $em ms (ratio $(ratio "$em" "$hm")); \
eksform validate --no-builtin $sm ms (ratio $(ratio "$sm" "$hm"))"
