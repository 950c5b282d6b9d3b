#!/usr/bin/env bash
# Runs benchmarks in interleaved rounds, so that contenders share the machine's slow and fast
# spells instead of each getting its own:
#   benchmarks/interleave.sh OUT_DIR ROUNDS PATTERN [JMH arguments...]
#   python3 benchmarks/tables.py OUT_DIR/round-*.json
#
# Each round runs every benchmark PATTERN selects, one fork each, through run.sh (same pinning),
# and writes the round's results to OUT_DIR/round-N.json. Odd rounds run the list forwards, even
# rounds backwards, and each pair of rounds starts one benchmark further on: neighbours in the
# list, such as one workload's JDBC and Kiln methods, run in both orders, and no benchmark always
# comes first. tables.py pools the rounds' iterations and also reports each contender's ratio to
# JDBC round by round: a drift of the machine between rounds, which on a shared virtual machine
# can be larger than the differences measured, then cancels out.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -ge 3 ] || { sed -n 2,4p "$0" >&2; exit 2; }
out="$1" rounds="$2" pattern="$3"
shift 3
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B -ntp -pl benchmarks -am package -DskipTests" >&2; exit 1; }

mapfile -t benchmarks < <(java -jar "$jar" -l "$pattern" | grep '^ *dev\.kiln\.' | sed 's/^ *//')
[ "${#benchmarks[@]}" -gt 0 ] || { echo "no benchmark matches $pattern" >&2; exit 1; }
mkdir -p "$out"
for ((round = 1; round <= rounds; round++)); do
  parts=()
  for ((i = 0; i < ${#benchmarks[@]}; i++)); do
    position=$(((i + (round - 1) / 2) % ${#benchmarks[@]}))
    ((round % 2)) || position=$((${#benchmarks[@]} - 1 - position))
    name="${benchmarks[position]}"
    part="$out/round-$round-$i.json"
    benchmarks/run.sh "^${name//./\\.}\$" -f 1 "$@" -rf json -rff "$part"
    parts+=("$part")
  done
  python3 -c 'import json, sys; json.dump([r for p in sys.argv[2:] for r in json.load(open(p))], open(sys.argv[1], "w"), indent=2)' \
    "$out/round-$round.json" "${parts[@]}"
  rm -f "${parts[@]}"
done
echo "results: $out/round-*.json" >&2
