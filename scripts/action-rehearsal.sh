#!/usr/bin/env bash
# Rehearses action.yml on this machine: validates it against the schema of GitHub's action metadata, then runs its
# shell steps as a runner would (GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_WORKSPACE and the step's env set by hand), with
# the CLI this build made, against a fixture repository. Checks that a release tag downloads and a branch builds,
# that findings are printed as annotations, that the exit code is passed on, and that a fork's pull request skips the
# SARIF upload. Needs python3 with PyYAML (to read the steps) and the npm registry (for the validator).
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
  env "$@" GITHUB_OUTPUT="$output" RUNNER_TEMP="$work/runner" GITHUB_WORKSPACE="$work/workspace" \
    bash -e "$script" > "$work/stdout" 2> "$work/stderr" || true
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

(cd "$work/workspace" && run_step "Lint" PATHS=personas ARGS= SARIF=persona-lint.sarif ANNOTATE=true BASE_CONFIG=) \
  > "$work/lint-output"
grep -qx "exit-code=1" "$work/lint-output" || fail "the lint step should pass on exit code 1: $(cat "$work/lint-output")"
grep -q "^::error file=personas/reviewer.md,line=" "$work/stdout" || fail "no error annotation: $(cat "$work/stdout")"
[ -s "$work/workspace/persona-lint.sarif" ] || fail "no SARIF report written"
grep -q '"persona4j-lint/"' "$work/workspace/persona-lint.sarif" || fail "the SARIF run has no category of its own"
echo "lint step: annotations printed ($(grep -c '^::' "$work/stdout") lines), exit code passed on, SARIF written"

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
