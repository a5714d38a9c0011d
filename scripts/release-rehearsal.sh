#!/usr/bin/env bash
# Rehearses the GitHub release that JReleaser makes (jreleaser.yml): in a scratch clone of HEAD, the version becomes
# the release's (the snapshot's without -SNAPSHOT), the CLI and its archives are built, and JReleaser's full release
# runs as a dry run: it reads the configuration, checks every artifact, writes the changelog, the checksums and the
# JBang catalog entry, and stops before anything is tagged, uploaded or pushed. JRELEASER_GITHUB_TOKEN may be unset:
# a dry run sends nothing, so a placeholder stands in for it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

snapshot=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
release=${snapshot%-SNAPSHOT}
git clone --quiet . "$work/repo"
cd "$work/repo"
# JReleaser reads the repository's host from the remote; a release runs in a clone of the project's repository.
git remote set-url origin https://github.com/persona4j/persona4j.git
# Every module names the parent's version; a release build has the version without -SNAPSHOT everywhere.
find . -name pom.xml -not -path "*/node_modules/*" -exec sed -i "s/$snapshot/$release/g" {} +
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dspotless.check.skip=true -pl persona-cli -am package
for f in "persona-cli/target/persona-$release.zip" "persona-cli/target/persona-$release.tar.gz" \
    persona-cli/target/persona.jar; do
  [ -s "$f" ] || { echo "release rehearsal: $f was not built" >&2; exit 1; }
done

JRELEASER_GITHUB_TOKEN=${JRELEASER_GITHUB_TOKEN:-dry-run-placeholder} \
  mvn -B -N jreleaser:full-release -Djreleaser.dry.run=true > "$work/jreleaser.log" 2>&1 \
  || { tail -40 "$work/jreleaser.log" >&2; exit 1; }
out=target/jreleaser
fail() { echo "release rehearsal: $*" >&2; exit 1; }
grep -q "dry run\|dry-run set to true" "$work/jreleaser.log" || fail "JReleaser did not run dry"
[ -s "$out/release/CHANGELOG.md" ] || fail "no release notes"
for f in "persona-$release.zip" "persona-$release.tar.gz" "persona-$release.jar"; do
  grep -q " $f\$\|  $f\$\| \*\?$f\$" "$out/checksums/checksums_sha256.txt" || fail "no checksum of $f"
done
grep -q '"persona"' "$out/package/persona-cli/jbang/jbang-catalog.json" || fail "no JBang catalog alias"
grep -q "^//DEPS org.persona4j:persona-cli:$release\$" "$out/package/persona-cli/jbang/persona.java" \
  || fail "the JBang script does not depend on persona-cli $release"
echo "release rehearsal: $release (dry run) - release notes, checksums of the archives and the jar, and the JBang"
echo "catalog entry made; nothing was tagged, uploaded or pushed"
