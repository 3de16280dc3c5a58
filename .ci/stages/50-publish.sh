# Stage "publish": the consumer app tests/Consumers/PlaybookApp published as a user shipping a small app would, from
# the packed packages: trimmed (any trim warning, IL2xxx or IL3xxx, fails: warnings are errors there, and the log is
# searched too), then as Native AOT; each build then runs its checks, one of which explains a step in German from the
# package's satellite assembly (which the publish must keep). Native AOT links with clang, installed here with
# apt-get when the machine lacks it. Needs the packages stage.

publish_app() {
  local kind="$1" output="$CI_WORK/publish-$1" log="$CI_LOGS/publish-$1.log"
  shift
  consumer dotnet publish "$CI_CONSUMERS/PlaybookApp" -c Release -r linux-x64 -o "$output" \
    -p:FollowUpRulesVersion="$CI_VERSION" -p:TrimmerSingleWarn=false "$@" >"$log" 2>&1
  local status=$?
  cat "$log"
  if grep -E "warning IL[0-9]{4}|error IL[0-9]{4}" "$log"; then
    echo "the $kind publish gave the trim or AOT diagnostics above"
    return 1
  fi
  return "$status"
}

clang_for_aot() {
  command -v clang >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev; } >"$CI_LOGS/apt-clang.log" 2>&1 || {
      tail -n 20 "$CI_LOGS/apt-clang.log"
      return 1
    }
  fi
  command -v clang
}

run_publish() {
  if ! ci_stage_passed packages; then
    ci_skip "trimmed and Native AOT publish" "the packages stage did not pass"
    return
  fi

  ci_check "PlaybookApp: trimmed publish with no trim warning" publish_app trimmed -p:PublishTrimmed=true --self-contained &&
    ci_check "PlaybookApp, trimmed: runs and passes its checks" \
      expect_output "All checks passed." "$CI_WORK/publish-trimmed/PlaybookApp" "$PWD" &&
    ci_check "PlaybookApp, trimmed: explains a step in German (the satellite assembly is kept)" \
      expect_output "Regel 'interview-thank-you': Bedank dich per E-Mail" "$CI_WORK/publish-trimmed/PlaybookApp" "$PWD"

  ci_check "clang for Native AOT (installed with apt-get when missing)" clang_for_aot &&
    ci_check "PlaybookApp: Native AOT publish with no AOT or trim warning" publish_app aot -p:PublishAot=true &&
    ci_check "PlaybookApp, Native AOT: runs and passes its checks" \
      expect_output "All checks passed." "$CI_WORK/publish-aot/PlaybookApp" "$PWD" &&
    ci_check "PlaybookApp, Native AOT: explains a step in German (the satellite assembly is kept)" \
      expect_output "Regel 'interview-thank-you': Bedank dich per E-Mail" "$CI_WORK/publish-aot/PlaybookApp" "$PWD"
}

ci_stage publish run_publish
