#!/usr/bin/env bash
# Builds the project twice from clean and compares every jar byte for byte: a reproducible build gives the same
# bytes for the same sources (project.build.outputTimestamp fixes every archive entry's time). Exits 1 naming the
# jars that differ. Usage: scripts/check-reproducible.sh [extra mvn arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT

build() {
  mvn -B -q clean package -DskipTests "$@" > /dev/null
}

jars() {
  find . -path ./persona-bench -prune -o -path '*/target/*.jar' -print | sort
}

build "$@"
while read -r jar; do
  mkdir -p "$first/$(dirname "$jar")"
  cp "$jar" "$first/$jar"
done < <(jars)

build "$@"
differ=0
count=0
while read -r jar; do
  count=$((count + 1))
  if ! cmp -s "$jar" "$first/$jar"; then
    echo "differs between two builds: $jar"
    differ=1
  fi
done < <(jars)

if [ "$differ" -ne 0 ]; then
  exit 1
fi
echo "reproducible: $count jars identical across two clean builds"
