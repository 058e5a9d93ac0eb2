#!/usr/bin/env bash
# Cold start of `./eksform validate` on one file against a JVM hello world, alternately, ROUNDS
# times each; prints the medians and the ratio eksform/hello (the target is at most 3).
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
h=(); e=()
for r in $(seq 1 "$rounds"); do
  t0=$(now); java -cp "$work" Hello >/dev/null; t1=$(now)
  "$root/eksform" validate "$root/examples/prodcatalog/clusterconfig.yaml" >/dev/null; t2=$(now)
  h+=($(( (t1 - t0) / 1000000 ))); e+=($(( (t2 - t1) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hm=$(median "${h[@]}"); em=$(median "${e[@]}")
echo "median: hello world $hm ms, eksform validate $em ms, ratio $(awk "BEGIN {printf \"%.2f\", $em/$hm}")"
