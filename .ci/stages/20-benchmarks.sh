# Stage "benchmarks": a smoke run of every benchmark once (BenchmarkDotNet's Dry job, checked only for exiting 0, never
# for timings; about a minute), when the tests passed. BenchmarkDotNet builds each benchmark project itself, within two
# minutes by default; on a busy machine that build can take longer, so it gets ten.

run_benchmarks() {
  if ! ci_stage_passed tests; then
    ci_skip "benchmark smoke run" "the tests did not pass"
    return
  fi

  ci_check "benchmark smoke run (Dry job)" \
    dotnet run -c Release --project benchmarks/FollowUpRules.Benchmarks -- --job Dry --filter '*' --buildTimeout 600 --artifacts "$CI_WORK/benchmarks"
}

ci_stage benchmarks run_benchmarks
