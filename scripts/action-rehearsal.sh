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
config_out=$(cd "$base_work" && run_step "Take the configuration from the base branch" BASE_REF=base)
base_config=${config_out#config=}
case "$base_config" in
  "$work/runner/persona-lint-base/.persona-lint.yml") ;;
  *) fail "the base branch's .persona-lint.yml was not taken: '$config_out' $(cat "$work/stderr")" ;;
esac
(cd "$base_work" && run_step "Lint" PATHS=personas ARGS= SARIF=base.sarif CATEGORY=persona4j ANNOTATE=true \
  BASE_CONFIG="$base_config") > "$work/lint-output"
grep -q "^::error file=personas/reviewer.md,line=1,.*title=layout.missing-section::" "$work/stdout" \
  || fail "the base branch's level (through extends) did not apply: $(head -5 "$work/stdout")"
grep -q "title=title.mismatch::" "$work/stdout" && ! grep -q "^::warning .*title=title.mismatch::" "$work/stdout" \
  || fail "the base branch's override did not apply to the workspace's files"
echo "base configuration: the base branch's .persona-lint.yml, its extends and its overrides decide, not the pull request's"

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
