#!/usr/bin/env bash
# Helpers the benchmark scripts share: sourced, never run.

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
