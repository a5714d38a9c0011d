#!/usr/bin/env bash
# Rehearses the pre-commit hook as a newcomer's machine would run it: `pre-commit try-repo` on a scratch repository
# holding one persona, with a fresh HOME (no Maven repository, no pre-commit cache) and a PATH that holds Java, git,
# a shell and its basic tools but no Maven, so the hook must get everything it runs itself (Apache Maven from Maven
# Central, then the build). Needs pre-commit (pip install pre-commit) and network access to Maven Central; the first
# run takes a few minutes. Not part of .ci/run, which has no pre-commit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v pre-commit > /dev/null || { echo "pre-commit rehearsal: pre-commit is not installed" >&2; exit 2; }

mkdir -p "$work/bin" "$work/home" "$work/user/personas"
for tool in java git bash sh env dirname cat ls mkdir rm cp mv uname sed grep tr head tail id chmod ln touch \
    mktemp find sort xargs cut wc date sleep basename readlink realpath stat tee true false printf; do
  if path=$(command -v "$tool"); then ln -s "$(readlink -f "$path")" "$work/bin/$tool"; fi
done
ln -s "$(command -v pre-commit)" "$work/bin/pre-commit"
! [ -e "$work/bin/mvn" ] || { echo "pre-commit rehearsal: mvn must not be on the PATH" >&2; exit 1; }

cd "$work/user"
printf -- '---\nid: helper\ntitle: Helper\ndescription: Helps with small tasks.\n---\n\n# Helper\n\nHelps.\n' \
  > personas/helper.md
git init -q && git add -A && git -c user.email=rehearsal@example.com -c user.name=rehearsal commit -qm persona
env -i HOME="$work/home" PATH="$work/bin" TERM=dumb pre-commit try-repo "$repo" persona-lint --all-files
echo "pre-commit rehearsal: the hook got its CLI and passed on a machine without Maven"
