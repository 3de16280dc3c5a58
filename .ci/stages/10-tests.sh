# Stage "tests": every test project of the solution, as README.md says (`dotnet test FollowUpRules.sln`), counted from
# their .trx files. A build failure, or a run that wrote no results, fails the stage.

run_tests() {
  local results="$CI_WORK/tests"
  dotnet test FollowUpRules.sln --logger "trx" --results-directory "$results"
  local status=$?
  local failed_before=$CI_FAILED
  ci_count_trx "$results"
  if [ "$status" -eq 0 ] && [ "$CI_TRX_FILES" -eq 0 ]; then
    ci_fail "dotnet test succeeded but wrote no test results"
  elif [ "$status" -ne 0 ] && [ "$CI_FAILED" -eq "$failed_before" ]; then
    ci_fail "dotnet test failed (exit code $status) before or outside the tests; see the build output above"
  fi
}

ci_stage tests run_tests
