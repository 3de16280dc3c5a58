# Helpers for .ci/run and its stages (sourced, never run alone).
#
# A stage is a file .ci/stages/NN-name.sh, sourced in name order. It defines a function and hands it to ci_stage, which
# runs it under a heading and times it. Inside, a stage adds to the run's counters only through these helpers:
#   ci_check NAME COMMAND...   runs one check (its output goes to a log, shown when it fails): 1 passed or 1 failed
#   ci_skip NAME REASON        counts 1 skipped
#   ci_fail MESSAGE            counts 1 failed, for a setup step that is not a check of its own
#   ci_count_trx FOLDER        adds the counts of the .trx files that `dotnet test --logger trx` wrote there, and
#                              sets CI_TRX_FILES to how many it read
# and asks ci_stage_passed NAME whether an earlier stage passed (to skip work that depends on it). Stages share
# CI_WORK (a temporary folder, removed at the end) and CI_LOGS (its logs folder). The run ends with the summary line
# "N passed, N failed, N skipped", always last, and exits non-zero when anything failed.

CI_PASSED=0
CI_FAILED=0
CI_SKIPPED=0
CI_FAILED_STAGES=()
CI_PASSED_STAGES=()
CI_WORK="$(mktemp -d "${TMPDIR:-/tmp}/followup-ci.XXXXXX")"
CI_LOGS="$CI_WORK/logs"
mkdir -p "$CI_LOGS"
_ci_stage_failed=0

ci_check() {
  local name="$1"
  shift
  local log="$CI_LOGS/check-$((CI_PASSED + CI_FAILED + CI_SKIPPED + 1)).log"
  local start=$SECONDS
  if "$@" >"$log" 2>&1; then
    CI_PASSED=$((CI_PASSED + 1))
    echo "  ok   $name ($((SECONDS - start)) s)"
    return 0
  else
    local code=$?
    CI_FAILED=$((CI_FAILED + 1))
    _ci_stage_failed=1
    echo "  FAIL $name (exit code $code, $((SECONDS - start)) s); the end of its output:"
    tail -n 40 "$log" | sed 's/^/       /'
    return "$code"
  fi
}

ci_skip() {
  CI_SKIPPED=$((CI_SKIPPED + 1))
  echo "  skip $1: $2"
}

ci_fail() {
  CI_FAILED=$((CI_FAILED + 1))
  _ci_stage_failed=1
  echo "  FAIL $1" >&2
}

ci_count_trx() {
  local trx counters
  CI_TRX_FILES=0
  value() { printf '%s\n' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  for trx in "$1"/*.trx; do
    [ -e "$trx" ] || continue
    CI_TRX_FILES=$((CI_TRX_FILES + 1))
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    CI_PASSED=$((CI_PASSED + $(value passed)))
    local bad=$(($(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    CI_FAILED=$((CI_FAILED + bad))
    [ "$bad" -eq 0 ] || _ci_stage_failed=1
    # A skipped test counts in "total" but not in "executed"; the logger leaves "notExecuted" at 0 for it.
    CI_SKIPPED=$((CI_SKIPPED + $(value total) - $(value executed)))
  done
}

ci_stage() {
  local name="$1" function="$2"
  echo
  echo "== stage $name"
  _ci_stage_failed=0
  local start=$SECONDS
  "$function"
  if [ "$_ci_stage_failed" -eq 0 ]; then
    CI_PASSED_STAGES+=("$name")
    echo "== stage $name passed in $((SECONDS - start)) s"
  else
    CI_FAILED_STAGES+=("$name")
    echo "== stage $name FAILED in $((SECONDS - start)) s"
  fi
}

ci_stage_passed() {
  local stage
  for stage in "${CI_PASSED_STAGES[@]}"; do
    [ "$stage" = "$1" ] && return 0
  done
  return 1
}
