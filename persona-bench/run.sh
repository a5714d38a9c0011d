#!/usr/bin/env bash
# One command for every measurement of issue 6: builds, runs JMH, the heap probe, the JavaScript peer and the
# command-line timings, then writes docs/PERFORMANCE.md and docs/performance.png. Takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -DskipTests install
mvn -B -q -Pbenchmark -DskipTests package -pl persona-bench
jar=persona-bench/target/benchmarks.jar

java -jar "$jar" -f 1 -wi 2 -i 3 -w 1s -r 1s -rf json -rff "$work/jmh.json" | tail -n 30
java -cp "$jar" org.persona4j.bench.HeapProbe 2000 > "$work/heap.json"

java -cp "$jar" org.persona4j.bench.WriteCorpus "$work/files" 2000 > /dev/null
(cd persona-bench/node && npm install --no-audit --no-fund --silent)
node persona-bench/node/peer.mjs "$work/files" 5 > "$work/node.json"

# Whole-process, cold: the persona command against markdownlint on the same file, median of 7 runs each.
one="$work/files/group-0/persona-0.md"
millis() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(for i in 1 2 3 4 5 6 7; do millis java -jar persona-cli/target/persona.jar show "$one"; done | median)
m=$(for i in 1 2 3 4 5 6 7; do millis persona-bench/node/node_modules/.bin/markdownlint "$one"; done | median)
printf '{"runs": 7, "personaMillis": %s, "markdownlintMillis": %s}\n' "$p" "$m" > "$work/cli.json"

java -cp "$jar" org.persona4j.bench.Report "$work/jmh.json" "$work/heap.json" "$work/node.json" "$work/cli.json" docs
echo "wrote docs/PERFORMANCE.md and docs/performance.png"
