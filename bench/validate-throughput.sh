#!/usr/bin/env bash
# Throughput of `eksform validate` against ajv-cli on the same files and the same JSON Schema.
# The files are the clean configs of the shared eksctl corpus, copied 40 times (about 1,400).
# Both tools run one process over the whole folder, alternately, ROUNDS times each (eksform with
# its built-in policies and schema only); the script prints each run, the medians and the ratios
# ajv/eksform (above 1 means eksform is faster).
#
#   bench/validate-throughput.sh [ROUNDS]        (needs ../shared beside the project, node and npm)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rounds="${1:-7}"
data="$here/results/throughput-data"

need_corpus_and_ajv
"$root/eksform" --version >/dev/null   # builds the jar when stale, outside the timings
echo "files: $(throughput_data "$corpus" "$data") (clean corpus configs x 40)"

e_times=(); n_times=(); a_times=()
for r in $(seq 1 "$rounds"); do
  # Exit 1 (findings) is expected: the policies report the corpus's old pinned versions.
  t=$(now); "$root/eksform" validate "$data" >/dev/null || [ $? -eq 1 ]; e_times+=($(since "$t"))
  t=$(now); "$root/eksform" validate --no-builtin "$data" >/dev/null; n_times+=($(since "$t"))
  t=$(now)
  ajv_validate "$data"
  a_times+=($(since "$t"))
  echo "round $r: eksform ${e_times[-1]} ms, eksform --no-builtin ${n_times[-1]} ms, ajv-cli ${a_times[-1]} ms"
done
em=$(median "${e_times[@]}"); nm=$(median "${n_times[@]}"); am=$(median "${a_times[@]}")
echo "median: ajv-cli $am ms; eksform with the built-in policies $em ms (ratio ajv/eksform $(ratio "$am" "$em")); \
eksform schema only $nm ms (ratio $(ratio "$am" "$nm"))"
