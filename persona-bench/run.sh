#!/usr/bin/env bash
# One command for every measurement of issue 6: builds, runs JMH, the heap probe, the profiles, the JavaScript peer
# and the command-line timings, then writes docs/PERFORMANCE.md and docs/performance.png. About a quarter of an hour
# on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -DskipTests install
mvn -B -q -Pbenchmark -DskipTests package -pl persona-bench
jar=persona-bench/target/benchmarks.jar

# A catalog load is a whole directory, so its iterations are longer; only the combinations the report uses. The
# first fork after the build sees the machine settle, so the 2,000-file ratio gets more warm-up and iterations.
java -jar "$jar" 'CatalogBenchmark' -p files=2000 -p threads=1 -f 1 -wi 5 -i 8 -w 3s -r 3s \
  -rf json -rff "$work/jmh-catalog-2000.json" | tail -n 4
java -jar "$jar" 'CatalogBenchmark' -p files=10000 -f 1 -wi 3 -i 6 -w 3s -r 3s \
  -rf json -rff "$work/jmh-catalog-10000.json" | tail -n 6
# The typed read against flexmark in three JVMs: how the JIT compiles flexmark differs from one JVM to the next by
# up to a fifth, more than any other error here.
java -jar "$jar" 'ReadBenchmark.(fullTypedRead|flexmarkBareParse)' -f 3 -wi 4 -i 5 -w 1s -r 1s \
  -rf json -rff "$work/jmh-read.json" | tail -n 3
java -jar "$jar" 'ReadBenchmark.(decodeFloor|frontMatterRead|snakeYamlFrontMatter|renderWithTokenCount)|QueryBenchmark' \
  -f 1 -wi 5 -i 8 -w 1s -r 1s -rf json -rff "$work/jmh-rest.json" | tail -n 8
python3 -c 'import json,sys; print(json.dumps(sum((json.load(open(f)) for f in sys.argv[1:]), [])))' \
  "$work/jmh-catalog-2000.json" "$work/jmh-catalog-10000.json" "$work/jmh-read.json" "$work/jmh-rest.json" \
  > "$work/jmh.json"
java -cp "$jar" org.persona4j.bench.HeapProbe 2000 > "$work/heap.json"
for w in catalog read flexmark; do
  java -cp "$jar" org.persona4j.bench.Profile "$w" 20 "$work/profile-$w.json"
done

java -cp "$jar" org.persona4j.bench.WriteCorpus "$work/files" 2000 > /dev/null
(cd persona-bench/node && npm install --no-audit --no-fund --silent)
node persona-bench/node/peer.mjs "$work/files" 5 > "$work/node.json"

# Whole-process, cold: the persona command (through its launcher) against markdownlint on the same file, median of
# 7 runs each; then what the start is made of.
one="$work/files/group-0/persona-0.md"
millis() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
launcher=persona-cli/target/persona
p=$(for i in 1 2 3 4 5 6 7; do millis "$launcher" show "$one"; done | median)
m=$(for i in 1 2 3 4 5 6 7; do millis persona-bench/node/node_modules/.bin/markdownlint "$one"; done | median)
plain=$(for i in 1 2 3 4 5 6 7; do millis java -jar persona-cli/target/persona.jar show "$one"; done | median)
jvm=$(for i in 1 2 3 4 5 6 7; do
  millis java -XX:SharedArchiveFile=persona-cli/target/persona.jsa -Xshare:auto -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC -version
done | median)
PERSONA_JAVA_OPTS="-Xlog:class+load:file=$work/classes.txt" "$launcher" show "$one" > /dev/null
loaded=$(grep -c . "$work/classes.txt")
shared=$(grep -c 'shared objects file' "$work/classes.txt" || true)
printf '{"runs": 7, "personaMillis": %s, "markdownlintMillis": %s, "plainJarMillis": %s, "jvmMillis": %s, "classesLoaded": %s, "classesShared": %s}\n' \
  "$p" "$m" "$plain" "$jvm" "$loaded" "$shared" > "$work/cli.json"

# Lint, whole process: the shared corpus against markdownlint-cli on the same files (median of 9 each). Then a tree of
# about 4,000 personas (the AI-LEY part of the corpus copied 16 times): the lint's wall and CPU time through the
# launcher, and, in one warm JVM, its CPU per file against the full typed read's (LintScale).
corpus="$(cd .. && pwd)/shared/corpus"
if [ -d "$corpus" ]; then
  # The two tools alternate, nine runs each, so that a slow spell of this shared machine hits both alike.
  : > "$work/lint-runs.tsv"
  for i in 1 2 3 4 5 6 7 8 9; do
    printf 'persona\t%s\n' "$(millis "$launcher" lint "$corpus")" >> "$work/lint-runs.tsv"
    printf 'markdownlint\t%s\n' "$(millis persona-bench/node/node_modules/.bin/markdownlint "$corpus")" \
      >> "$work/lint-runs.tsv"
  done
  lc=$(awk -F'\t' '$1 == "persona" {print $2}' "$work/lint-runs.tsv" | median)
  mc=$(awk -F'\t' '$1 == "markdownlint" {print $2}' "$work/lint-runs.tsv" | median)
  l1=$(for i in 1 2 3 4 5; do millis "$launcher" lint code-reviewer; done | median)
  mkdir -p "$work/big"
  for i in $(seq 1 16); do cp -r "$corpus/ai-ley-personas" "$work/big/copy$i"; done
  bigfiles=$(find "$work/big" -name '*.md' | wc -l)
  bigtimes=$( { TIMEFORMAT='%R %U %S'; time "$launcher" lint "$work/big" > /dev/null 2>&1 || true; } 2>&1 | tail -n 1)
  java -cp "$jar" org.persona4j.bench.LintScale "$work/big" > "$work/lintscale.json"
  read -r bigreal biguser bigsys <<< "$bigtimes"
  printf '{"personaMillis": %s, "oneFileMillis": %s, "markdownlintMillis": %s, "bigFiles": %s, "bigRealSeconds": %s, "bigCpuSeconds": %s, "scale": %s}\n' \
    "$lc" "$l1" "$mc" "$bigfiles" "$bigreal" "$(awk -v u="$biguser" -v s="$bigsys" 'BEGIN {print u + s}')" \
    "$(cat "$work/lintscale.json")" > "$work/lint.json"
fi

# The second round of hostile inputs (docs/SECURITY.md), whole process, CPU seconds (user + system) per case.
java -cp "$jar" org.persona4j.bench.WriteHostile "$work/hostile" > "$work/hostile-cases.tsv"
: > "$work/hostile.tsv"
while IFS=$'\t' read -r name arguments; do
  cpu=$( { TIMEFORMAT='%U %S'; time bash -c "$launcher $arguments > /dev/null 2>&1 || true"; } 2>&1 \
    | awk '{print $1 + $2}')
  printf '%s\t%s\t%s\n' "$name" "$arguments" "$cpu" >> "$work/hostile.tsv"
done < "$work/hostile-cases.tsv"

# The MCP server on the same 2,000 personas: prompts/get over HTTP with 16 clients against the render in-process,
# its heap against the loaded catalog's, and persona serve's cold start against persona show.
java -cp "$jar" org.persona4j.bench.McpBench "$launcher" 2000 16 > "$work/mcp.json"

# Routing: the public routing sets (the first, the second author's and the third's) by words and by words and meaning
# over the shared corpus, then the embedding time per persona and the query latency of both on 10,000 generated
# personas.
if [ -d "$corpus" ]; then
  java -cp "$jar" org.persona4j.bench.RoutingBench "$corpus" routing/shared-corpus.yml 10000 \
    routing/shared-corpus-second-author.yml routing/shared-corpus-third-author.yml > "$work/routing.json"
fi

java -cp "$jar" org.persona4j.bench.Report "$work/jmh.json" "$work/heap.json" "$work/node.json" "$work/cli.json" docs \
  "$work"
echo "wrote docs/PERFORMANCE.md and docs/performance.png"
