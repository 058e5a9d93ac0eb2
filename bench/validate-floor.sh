#!/usr/bin/env bash
# The floor under the validate targets: ComponentFloor does only what the command's mandated parts
# must (Jackson's YAML module reads each file into a tree, networknt checks it against eksform's
# schema; no source map, no policies, no command line), from its own class-data archive. Measured
# alternately with a JVM hello world, `eksform validate` and ajv-cli, on one file and on the
# throughput benchmark's 1,400 files, ROUNDS times each; prints the medians and the ratios.
#
#   bench/validate-floor.sh [ROUNDS]        (needs ../shared beside the project, node and npm)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rounds="${1:-7}"
work="$here/results/validate-floor"
data="$here/results/throughput-data"

need_corpus_and_ajv
(cd "$root" && mvn -B -q -pl bench -am install -Dmaven.test.skip=true -Dspotless.check.skip=true \
  && mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$work.cp") >/dev/null
# After the install (which repackages the CLI jar): makes the class-data archives outside the timings.
"$root/eksform" --version >/dev/null
mkdir -p "$work"
hello_world "$work"
echo "files: $(throughput_data "$corpus" "$data") (clean corpus configs x 40)"

# The floor gets what the launcher gives eksform: the same options and a class-data archive of a
# one-file run.
cp="$(ls "$here"/target/eksform-bench-*.jar | head -1):$(cat "$work.cp")"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m)
(cd "$work" &&
  java -XX:DumpLoadedClassList=floor.classes "${opts[@]}" -cp "$cp" \
    io.eksform.bench.validate.ComponentFloor "$example" &&
  rm -f floor.jsa &&
  java -Xshare:dump -XX:SharedClassListFile=floor.classes -XX:SharedArchiveFile=floor.jsa -cp "$cp") \
  >/dev/null 2>&1
floor() {
  java "${opts[@]}" -XX:SharedArchiveFile="$work/floor.jsa" -Xshare:auto -Xlog:cds=off -cp "$cp" \
    io.eksform.bench.validate.ComponentFloor "$1" >/dev/null
}

hello=(); floor1=(); plain1=(); full1=(); floorN=(); plainN=(); fullN=(); ajvN=()
for r in $(seq 1 "$rounds"); do
  t=$(now); java -cp "$work" Hello >/dev/null; hello+=($(since "$t"))
  t=$(now); floor "$example"; floor1+=($(since "$t"))
  t=$(now); "$root/eksform" validate --no-builtin "$example" >/dev/null; plain1+=($(since "$t"))
  t=$(now); "$root/eksform" validate "$example" >/dev/null; full1+=($(since "$t"))
  t=$(now); floor "$data"; floorN+=($(since "$t"))
  t=$(now); "$root/eksform" validate --no-builtin "$data" >/dev/null; plainN+=($(since "$t"))
  # Exit 1 (findings) is expected: the policies report the corpus's old pinned versions.
  t=$(now); "$root/eksform" validate "$data" >/dev/null || [ $? -eq 1 ]; fullN+=($(since "$t"))
  t=$(now)
  ajv_validate "$data"
  ajvN+=($(since "$t"))
  echo "round $r: one file: hello ${hello[-1]}, floor ${floor1[-1]}, eksform --no-builtin" \
    "${plain1[-1]}, eksform ${full1[-1]} ms; 1,440 files: floor ${floorN[-1]}, eksform" \
    "--no-builtin ${plainN[-1]}, eksform ${fullN[-1]}, ajv-cli ${ajvN[-1]} ms"
done
h=$(median "${hello[@]}"); f1=$(median "${floor1[@]}"); p1=$(median "${plain1[@]}")
u1=$(median "${full1[@]}"); fN=$(median "${floorN[@]}"); pN=$(median "${plainN[@]}")
uN=$(median "${fullN[@]}"); aN=$(median "${ajvN[@]}")
echo "one file, medians (ratio to hello world; target <= 3): hello $h ms; floor $f1 ms ($(ratio "$f1" "$h"));" \
  "eksform --no-builtin $p1 ms ($(ratio "$p1" "$h")); eksform $u1 ms ($(ratio "$u1" "$h"))"
echo "1,440 files, medians (ratio ajv/x; target >= 1): ajv-cli $aN ms; floor $fN ms ($(ratio "$aN" "$fN"));" \
  "eksform --no-builtin $pN ms ($(ratio "$aN" "$pN")); eksform $uN ms ($(ratio "$aN" "$uN"))"
