#!/usr/bin/env bash
# Rehearses the GitHub release that JReleaser makes (jreleaser.yml): in a scratch clone of HEAD, the version becomes
# the release's (the snapshot's without -SNAPSHOT), the CLI and its archives are built, and JReleaser's full release
# runs as a dry run: it reads the configuration, checks every artifact, writes the changelog, the checksums and the
# JBang catalog entry, and stops before anything is tagged, uploaded or pushed. JRELEASER_GITHUB_TOKEN may be unset:
# a dry run sends nothing, so a placeholder stands in for it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

snapshot=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
release=${snapshot%-SNAPSHOT}
git clone --quiet . "$work/repo"
cd "$work/repo"
# Every module names the parent's version; a release build has the version without -SNAPSHOT everywhere.
find . -name pom.xml -not -path "*/node_modules/*" -exec sed -i "s/$snapshot/$release/g" {} +
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dspotless.check.skip=true -pl persona-cli -am package
for f in "persona-cli/target/persona-$release.zip" "persona-cli/target/persona-$release.tar.gz" \
    persona-cli/target/persona.jar; do
  [ -s "$f" ] || { echo "release rehearsal: $f was not built" >&2; exit 1; }
done

JRELEASER_GITHUB_TOKEN=${JRELEASER_GITHUB_TOKEN:-dry-run-placeholder} \
  mvn -B -q -N jreleaser:full-release -Djreleaser.dry.run=true 2>&1 | tee "$work/jreleaser.log" | tail -20
out=out/jreleaser
grep -q "dry.run" "$out/output.properties" 2>/dev/null || true
[ -s "$out/release/CHANGELOG.md" ] || { echo "release rehearsal: no changelog" >&2; exit 1; }
ls "$out/checksums"/* > /dev/null || { echo "release rehearsal: no checksums" >&2; exit 1; }
find "$out" -path "*jbang*" -name "jbang-catalog.json" | grep -q . \
  || { echo "release rehearsal: no JBang catalog entry" >&2; exit 1; }
echo "release rehearsal: $release (dry run) - changelog, checksums and JBang catalog entry made; nothing was sent"
