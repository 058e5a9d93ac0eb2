#!/usr/bin/env bash
# What the benchmark scripts share: sourced, never run. Sets `here` (bench/), `root`, `corpus`
# (the shared eksctl corpus), `schema` (eksform's JSON Schema) and `example` (the seed config).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
corpus="${EKSFORM_SHARED_DIR:-$root/../shared}/corpus/eksctl-examples"
schema="$root/schemas/src/main/resources/io/eksform/schemas/clusterconfig.v1alpha5.schema.json"
example="$root/examples/prodcatalog/clusterconfig.yaml"

now() { date +%s%N; }

# Milliseconds since a `now` reading.
since() { echo $((($(now) - $1) / 1000000)); }

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ratio() { awk "BEGIN {printf \"%.2f\", $1/$2}"; }

# Compiles a JVM hello world into DIR (for the start-up baseline: `java -cp DIR Hello`).
hello_world() {
  mkdir -p "$1"
  printf 'public class Hello {\n  public static void main(String[] args) {\n    System.out.println("hello");\n  }\n}\n' >"$1/Hello.java"
  javac -d "$1" "$1/Hello.java"
}

# Fills DIR with the clean configs of the shared eksctl corpus CORPUS, copied 40 times (about
# 1,400 files); prints how many.
throughput_data() { # CORPUS DIR
  rm -rf "$2" && mkdir -p "$2"
  local clean i f
  clean=$(awk -F'\t' '$2 == "clean" {print $1}' "$1/EXPECT.tsv")
  for i in $(seq -w 1 40); do
    for f in $clean; do cp "$1/$f" "$2/${i}-$f"; done
  done
  ls "$2" | wc -l
}

# Stops when the shared corpus is absent; installs ajv-cli (bench/package.json) otherwise.
need_corpus_and_ajv() {
  [ -d "$corpus" ] || { echo "the shared corpus is absent ($corpus): nothing to measure" >&2; exit 2; }
  (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null)
}

# ajv-cli validating every config in DIR against eksform's schema.
ajv_validate() {
  "$here/node_modules/.bin/ajv" validate --spec=draft7 --strict=false -s "$schema" \
    -d "$1/*.{yaml,yml,json}" >/dev/null 2>&1
}
