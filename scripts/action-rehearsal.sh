#!/usr/bin/env bash
# Rehearses action.yml on this machine: validates it against the schema of GitHub's action metadata, then runs its
# shell steps as a runner would (GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_WORKSPACE and the step's env set by hand), with
# the CLI this build made, against a fixture repository. Checks that a release tag downloads and a branch builds,
# that a downloaded jar is checked against its SHA-1, that findings are printed as annotations, that the exit code is
# passed on, that on a pull request the base branch's configuration (or the defaults) decides, never one the pull
# request changes or adds, and that a fork's pull request skips the SARIF upload. Needs python3 with PyYAML (to read
# the steps) and the npm registry (for the validator).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work/validator" --silent --no-audit --no-fund @action-validator/cli@0.6.0 > /dev/null
"$work/validator/node_modules/.bin/action-validator" action.yml
echo "action.yml: valid"

# Writes the run script of the step with this name to a file and prints the file's path.
step() {
  python3 - "$1" "$work" "$repo/action.yml" <<'PY'
import sys, yaml, pathlib
name, work = sys.argv[1], pathlib.Path(sys.argv[2])
steps = yaml.safe_load(open(sys.argv[3]))["runs"]["steps"]
script = next(s["run"] for s in steps if s.get("name") == name)
out = work / (name.replace(" ", "-") + ".sh")
out.write_text(script)
print(out)
PY
}

# Runs a step with the given environment (NAME=VALUE...) and a fresh GITHUB_OUTPUT; prints what it wrote there.
run_step() {
  local name=$1; shift
  local script output
  script=$(step "$name")
  output="$work/output"
  : > "$output"
  # A step that does not end within two minutes fails the rehearsal (a path spelling once made one loop).
  local code=0
  env "$@" GITHUB_OUTPUT="$output" RUNNER_TEMP="$work/runner" GITHUB_WORKSPACE="$work/workspace" \
    timeout 120 bash -e "$script" > "$work/stdout" 2> "$work/stderr" || code=$?
  [ "$code" != 124 ] || fail "the step '$name' did not end"
  cat "$output"
}

fail() { echo "action rehearsal: $*" >&2; exit 1; }

mkdir -p "$work/runner" "$work/workspace"
cp -R scripts/fixtures/action-repo/. "$work/workspace/"
cp persona-cli/target/persona.jar "$work/runner/persona.jar"

[ "$(run_step "Choose the persona CLI" VERSION=auto ACTION_REF=v0.2.0)" = "version=0.2.0" ] \
  || fail "a release tag should download its version"
[ "$(run_step "Choose the persona CLI" VERSION=auto ACTION_REF=main)" = "version=build" ] \
  || fail "a branch should build"
[ "$(run_step "Choose the persona CLI" VERSION=0.1.0 ACTION_REF=main)" = "version=0.1.0" ] \
  || fail "a version given should be taken"
echo "choosing the CLI: ok"

# The download, from a copy of Maven Central's layout on disk: a jar is kept only when its published SHA-1 matches.
central="$work/central/org/persona4j/persona-cli/9.9.9"
mkdir -p "$central" "$work/download"
cp persona-cli/target/persona.jar "$central/persona-cli-9.9.9-all.jar"
download() {
  local script
  script=$(step "Download the persona CLI")
  sed -i "s|https://repo1.maven.org/maven2|file://$work/central|" "$script"
  : > "$work/output"
  env VERSION=9.9.9 GITHUB_OUTPUT="$work/output" RUNNER_TEMP="$work/download" bash -e "$script" > "$work/stdout" 2>&1 \
    || true
  cat "$work/output"
}
sha1sum "$central/persona-cli-9.9.9-all.jar" | cut -c1-40 > "$central/persona-cli-9.9.9-all.jar.sha1"
[ "$(download)" = "got=true" ] && cmp -s "$work/download/persona.jar" persona-cli/target/persona.jar \
  || fail "a jar whose SHA-1 matches should be taken: $(cat "$work/stdout")"
echo 0000000000000000000000000000000000000000 > "$central/persona-cli-9.9.9-all.jar.sha1"
[ "$(download)" = "got=false" ] && [ ! -e "$work/download/persona.jar" ] \
  || fail "a jar whose SHA-1 does not match should be refused"
rm "$central/persona-cli-9.9.9-all.jar.sha1"
[ "$(download)" = "got=false" ] && [ ! -e "$work/download/persona.jar" ] \
  || fail "a jar without a published SHA-1 should be refused"
echo "download: the jar is taken only when its published SHA-1 matches"

(cd "$work/workspace" && run_step "Lint" PATHS=personas ARGS= SARIF=persona-lint.sarif CATEGORY=persona4j-ci ANNOTATE=true BASE_CONFIG=) \
  > "$work/lint-output"
grep -qx "exit-code=1" "$work/lint-output" || fail "the lint step should pass on exit code 1: $(cat "$work/lint-output")"
grep -q "^::error file=personas/reviewer.md,line=" "$work/stdout" || fail "no error annotation: $(cat "$work/stdout")"
[ -s "$work/workspace/persona-lint.sarif" ] || fail "no SARIF report written"
grep -q '"persona4j-ci/"' "$work/workspace/persona-lint.sarif" || fail "the SARIF run has no category of its own"
echo "lint step: annotations printed ($(grep -c '^::' "$work/stdout") lines), exit code passed on, SARIF written"
(cd "$work/workspace" && run_step "Lint" PATHS=personas ARGS= SARIF=quiet.sarif CATEGORY=persona4j ANNOTATE=false \
  BASE_CONFIG=) > /dev/null
! grep -q '^::' "$work/stdout" || fail "annotate: false still printed workflow commands"
grep -q "file linted" "$work/stdout" || fail "without annotations the text report should be in the log"
[ -s "$work/workspace/quiet.sarif" ] || fail "no SARIF report written without annotations"
echo "lint step without annotations: the text report in the log, SARIF written"

# A pull request that turns a rule off in its own configuration: the base branch's (.yml, extending another file of
# the base branch) decides, with its globs applied to the workspace.
base_work="$work/workspace"
git -C "$base_work" init -q -b base
printf 'rules:\n  layout.missing-section: error\n' > "$base_work/team.yaml"
printf 'extends: team.yaml\noverrides:\n  - files: personas/**\n    rules:\n      title.mismatch: error\n' \
  > "$base_work/.persona-lint.yml"
git -C "$base_work" add -A
git -C "$base_work" -c user.email=r@example.com -c user.name=r commit -qm base
git -C "$base_work" remote add origin "$base_work"
git -C "$base_work" checkout -q -b pull-request
printf 'rules:\n  layout.missing-section: off\n' > "$base_work/.persona-lint.yml"
# Runs the base step, then the lint step with what the base step wrote, as the runner passes outputs on.
lint_from_base() {
  local ref=$1 paths=$2 out
  out=$(cd "$base_work" && run_step "Take the configuration from the base branch" BASE_REF="$ref" PATHS="$paths")
  cp "$work/stdout" "$work/base-stdout"
  value() { printf '%s\n' "$out" | sed -n "s/^$1=//p"; }
  (cd "$base_work" && run_step "Lint" PATHS="$paths" ARGS= SARIF="$work/runner/base.sarif" CATEGORY=persona4j ANNOTATE=true \
    BASE_CONFIG="$(value config)" BASE_CONFIG_DIR="$(value config-dir)" BASE_DEFAULTS="$(value defaults)" \
    BASE_WORKTREE="$(value worktree)") > "$work/lint-output"
  printf '%s\n' "$out" > "$work/base-output"
}
lint_from_base base personas
grep -qx "config=$work/runner/persona-lint-base/.persona-lint.yml" "$work/base-output" \
  || fail "the base branch's .persona-lint.yml was not taken: '$(cat "$work/base-output")' $(cat "$work/stderr")"
grep -q "^::error file=personas/reviewer.md,line=1,.*title=layout.missing-section::" "$work/stdout" \
  || fail "the base branch's level (through extends) did not apply: $(head -5 "$work/stdout")"
grep -q "title=title.mismatch::" "$work/stdout" && ! grep -q "^::warning .*title=title.mismatch::" "$work/stdout" \
  || fail "the base branch's override did not apply to the workspace's files"
! git -C "$base_work" worktree list | grep -q persona-lint-base && [ ! -e "$work/runner/persona-lint-base" ] \
  || fail "the base branch's worktree was left behind"
echo "base configuration: the base branch's .persona-lint.yml, its extends and its overrides decide, not the pull request's; its worktree is removed"

# The nearest configuration above the first path, as persona lint looks: one in personas/ on the base branch, with
# its globs relative to that folder.
git -C "$base_work" checkout -q base
printf 'overrides:\n  - files: reviewer.md\n    rules:\n      title.mismatch: off\n' > "$base_work/personas/.persona-lint.yaml"
git -C "$base_work" add personas/.persona-lint.yaml
git -C "$base_work" -c user.email=r@example.com -c user.name=r commit -qm nested
git -C "$base_work" checkout -q pull-request
lint_from_base base personas
grep -qx "config=$work/runner/persona-lint-base/personas/.persona-lint.yaml" "$work/base-output" \
  || fail "the base branch's nearest configuration above the path was not taken: $(cat "$work/base-output")"
! grep -q "title=title.mismatch::" "$work/stdout" \
  || fail "the nested configuration's override, relative to its folder, did not apply: $(head -5 "$work/stdout")"
for spelled in ./personas/ .//personas personas/./ "missing.md personas" "$base_work/personas/reviewer.md"; do
  lint_from_base base "$spelled"
  grep -qx "config=$work/runner/persona-lint-base/personas/.persona-lint.yaml" "$work/base-output" \
    || fail "the first path spelled '$spelled' did not lead to the nearest configuration: $(cat "$work/base-output")"
done
echo "base configuration: the nearest one above the first path on the base branch (however the path is spelled), globs relative to its folder"

# A base branch without a configuration: one the pull request adds decides nothing; the defaults apply.
# (an empty tree, made without touching the working tree, where the pull request's change is)
git -C "$base_work" branch bare "$(git -C "$base_work" -c user.email=r@example.com -c user.name=r \
  commit-tree "$(git -C "$base_work" mktree < /dev/null)" -m bare)"
lint_from_base bare personas
grep -qx "defaults=true" "$work/base-output" || fail "no configuration on the base branch should mean the defaults"
grep -q "^::notice" "$work/base-stdout" || fail "linting with the defaults should say so"
grep -q "^::warning file=personas/reviewer.md,line=1,.*title=layout.missing-section::" "$work/stdout" \
  || fail "the pull request's own configuration switched a rule off: $(head -5 "$work/stdout")"
echo "base configuration: a base branch without one means the defaults, not the pull request's"

# A workflow that names its own configuration in args: that one decides, with a notice, and nothing contradicts it.
(cd "$base_work" && run_step "Lint" PATHS=personas ARGS="--config .persona-lint.yml" SARIF="$work/runner/own.sarif" \
  CATEGORY=persona4j ANNOTATE=true BASE_CONFIG= BASE_CONFIG_DIR= BASE_DEFAULTS=true BASE_WORKTREE=) > "$work/lint-output"
grep -q "^::notice title=persona4j::args names --config" "$work/stdout" || fail "--config in args should be noticed"
grep -qx "exit-code=1" "$work/lint-output" || fail "--config in args should lint, not fail on usage: $(cat "$work/lint-output")"
echo "base configuration: a --config in args decides, with a notice"

# A base branch that cannot be fetched: a warning, and the defaults.
lint_from_base no-such-branch personas
grep -qx "defaults=true" "$work/base-output" || fail "a base branch that cannot be fetched should mean the defaults"
grep -q "^::warning title=persona4j::" "$work/base-stdout" || fail "a failed fetch of the base branch should warn"
grep -q "^::warning file=personas/reviewer.md,line=1,.*title=layout.missing-section::" "$work/stdout" \
  || fail "after a failed fetch the pull request's configuration decided: $(head -5 "$work/stdout")"
echo "base configuration: a base branch that cannot be fetched warns and means the defaults"

[ "$(run_step "Decide whether to upload" UPLOAD=true CODE=1 HEAD_REPO=someone/fork REPO=owner/repo)" = "upload=false" ] \
  || fail "a fork's pull request should not upload"
grep -q "^::notice" "$work/stdout" || fail "skipping the upload for a fork should say so"
[ "$(run_step "Decide whether to upload" UPLOAD=true CODE=1 HEAD_REPO=owner/repo REPO=owner/repo)" = "upload=true" ] \
  || fail "a pull request inside the repository should upload"
[ "$(run_step "Decide whether to upload" UPLOAD=true CODE=1 HEAD_REPO= REPO=owner/repo)" = "upload=true" ] \
  || fail "a push should upload"
[ "$(run_step "Decide whether to upload" UPLOAD=true CODE=2 HEAD_REPO= REPO=owner/repo)" = "upload=false" ] \
  || fail "a usage error has no report to upload"
echo "upload decision: ok (a fork's pull request skips it with a notice)"
