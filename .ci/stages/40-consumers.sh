# Stage "consumers": the packed packages used as a user would, from the local feed only. The projects in
# tests/Consumers (outside the solution) reference the packages by version, restore with their own nuget.config (which
# maps FollowUpRules.* to the feed and nothing else to it) into an empty packages folder of their own, so neither a
# project reference nor a cached package of the same version can stand in. Then the tool is installed from the feed
# and used on a new folder. Needs the packages stage.

CI_CONSUMERS=tests/Consumers

consumer() {
  FOLLOWUPRULES_FEED="$CI_FEED" NUGET_PACKAGES="$CI_WORK/nuget-packages" "$@"
}

# expect_output TEXT COMMAND...: runs the command; it must exit 0 and print TEXT (on standard output or error).
# expect_failure TEXT COMMAND...: the same, for a command that must exit non-zero.
expect_output() { expect_run success "$@"; }
expect_failure() { expect_run failure "$@"; }

expect_run() {
  local want="$1" text="$2" output code
  shift 2
  output="$("$@" 2>&1)"
  code=$?
  printf '%s\n' "$output"
  if [ "$want" = success ] && [ "$code" -ne 0 ]; then
    echo "exit code $code"
    return 1
  elif [ "$want" = failure ] && [ "$code" -eq 0 ]; then
    echo "exit code 0, expected a failure"
    return 1
  fi
  grep -qF -- "$text" <<<"$output" || { echo "the output lacks: $text"; return 1; }
}

from_feed_only() {
  # The FollowUpRules packages restored are the packed ones: same version, and the same bytes as in the feed.
  local id lower file
  for id in "${CI_PACKAGES[@]:0:3}" FollowUpRules.Drafts; do
    lower="$(tr '[:upper:]' '[:lower:]' <<<"$id")"
    file="$CI_WORK/nuget-packages/$lower/$CI_VERSION/$lower.$CI_VERSION.nupkg"
    [ -f "$file" ] || { echo "not restored: $file"; return 1; }
    cmp "$file" "$CI_FEED/$id.$CI_VERSION.nupkg" || return 1
    echo "$id $CI_VERSION: restored from the local feed"
  done
}

build_consumer() {
  consumer dotnet build "$CI_CONSUMERS/$1" -c Release -p:FollowUpRulesVersion="$CI_VERSION"
}

run_consumer() {
  local name="$1"
  shift
  consumer dotnet "$CI_CONSUMERS/$name/bin/Release/net10.0/$name.dll" "$@"
}

tool_session() (
  local tool="$CI_WORK/tool/followup" home="$CI_WORK/tool-home" pipeline
  pipeline="$home/job-search/pipeline.json"
  # As the docs start: init creates the folder, which does not exist yet.
  rm -rf "$home" && mkdir -p "$home" && cd "$home" || return 1
  expect_output "pipeline.json" "$tool" init job-search --sample &&
    [ -f job-search/pipeline.json ] && [ -f job-search/playbook.json ] &&
    expect_output "Ana Ruiz    Send a thank-you email" "$tool" agenda --file "$pipeline" --today 2026-11-23 --zone Europe/London &&
    expect_output "Recorded t" "$tool" log initech-engineer ThankYouEmail --contact ana --date 2026-11-23 --file "$pipeline" &&
    expect_output "Agenda Mon 2026-11-23" "$tool" agenda --file "$pipeline" --today 2026-11-23 --zone Europe/London >agenda.txt
  local status=$?
  cat agenda.txt
  [ "$status" -eq 0 ] || return 1
  if grep -q "Ana Ruiz    Send a thank-you email" agenda.txt; then
    echo "the agenda still lists the thank-you email that log recorded"
    return 1
  fi
  expect_output "followups.ics" "$tool" export-ics --file "$pipeline" --today 2026-11-23 --output followups.ics &&
    [ "$(head -n 1 followups.ics | tr -d '\r')" = "BEGIN:VCALENDAR" ] &&
    [ "$(grep -c "^BEGIN:VEVENT" followups.ics)" -gt 10 ] &&
    [ "$(tail -n 1 followups.ics | tr -d '\r')" = "END:VCALENDAR" ] || return 1

  # The JSON send times, read by JavaScript's Date (Node): RFC 3339 with the full offset.
  "$tool" agenda --file "$pipeline" --today 2026-11-23 --zone America/New_York --format json >agenda.json &&
    node -e '
      const steps = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).steps;
      const times = steps.filter(s => s.sendAt).map(s => s.sendAt);
      const bad = times.filter(t => isNaN(new Date(t)) || !/[+-][0-9]{2}:[0-9]{2}$/.test(t));
      console.log("sendAt:", times.join(" "));
      process.exit(times.length > 0 && bad.length === 0 ? 0 : 1);' agenda.json
)

# The issue's first day with the installed tool, in a folder init creates: import a CSV of twelve applications, add an
# interviewer, log the interview, record a rejection with its reason, read the agenda, undo, all without --file.
tool_first_day() (
  local tool="$CI_WORK/tool/followup" home="$CI_WORK/tool-first-day" csv="$PWD/docs/examples/applications.csv"
  rm -rf "$home" && mkdir -p "$home" && cd "$home" || return 1
  expect_output "Created job-search" "$tool" init job-search --zone Europe/London &&
    cd job-search &&
    expect_output "Imported 12 applications" "$tool" import "$csv" --today 2026-11-23 &&
    expect_output "Added Ana Ruiz (ana-ruiz)" "$tool" add contact initech-software-engineer "Ana Ruiz" --role HiringManager \
      --email ana.ruiz@initech.example --today 2026-11-23 &&
    expect_output "an interview on Fri 2026-11-20" "$tool" log initech-software-engineer Interview --contact ana-ruiz \
      --date 2026-11-20 --today 2026-11-23 &&
    expect_output "acme-data-analyst is now Rejected (HiringPaused)" "$tool" status acme-data-analyst rejected \
      --reason HiringPaused --today 2026-11-23 &&
    expect_output "The rejection arrived on Mon 2026-11-23." "$tool" agenda --today 2026-11-23 &&
    expect_output "Undid 'followup status acme-data-analyst rejected" "$tool" undo &&
    expect_output "12 applications in pipeline.json" "$tool" list --today 2026-11-23
)

# The installed tool in German: a writing command's message from the tool's satellite assembly, and --help's headings
# from System.CommandLine's, both of which the package must carry.
tool_in_german() (
  local tool="$CI_WORK/tool/followup" home="$CI_WORK/tool-german"
  rm -rf "$home" && mkdir -p "$home" && cd "$home" || return 1
  expect_output "Ordner jobsuche angelegt, darin pipeline.json (noch keine Bewerbungen; deine Zeitzone ist Europe/Berlin)" \
    "$tool" init jobsuche --zone Europe/Berlin --culture de &&
    expect_output "Nutzung:" "$tool" add contact --help --culture de
)

run_consumers() {
  if ! ci_stage_passed packages; then
    ci_skip "consumer checks" "the packages stage did not pass"
    return
  fi

  rm -rf "$CI_WORK/nuget-packages" "$CI_CONSUMERS"/*/bin "$CI_CONSUMERS"/*/obj
  ci_check "Readme: README.md's 'In code' sample builds against the package" build_consumer Readme &&
    ci_check "Readme: runs and prints the next step" \
      expect_output "Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23" run_consumer Readme
  ci_check "DraftsReadme: FollowUpRules.Drafts' README quick start builds against the package" build_consumer DraftsReadme &&
    ci_check "DraftsReadme: runs and prints the thank-you email's draft" \
      expect_output "Thank you for taking the time to talk with me on 20 November about the Data Analyst role." run_consumer DraftsReadme
  ci_check "PlaybookApp: builds against the package and FluentValidation 12.2.0" build_consumer PlaybookApp &&
    ci_check "PlaybookApp: playbook and pipeline files, engine, agenda, errors with paths" \
      expect_output "All checks passed." run_consumer PlaybookApp "$PWD" &&
    ci_check "PlaybookApp: explains a step in German, from the package's satellite assembly" \
      expect_output "Regel 'interview-thank-you': Bedank dich per E-Mail" run_consumer PlaybookApp "$PWD"
  ci_check "GenericHost: docs/dependency-injection.md's console app builds as copied" build_consumer GenericHost &&
    ci_check "GenericHost: starts, validates and answers from both playbooks" \
      expect_output "Gentle: Send a thank-you email (Ana Ruiz, by Email)" run_consumer GenericHost &&
    ci_check "GenericHost: a bad playbook file stops it at startup, with the problem" \
      expect_failure "FollowUpRules: The playbook file" run_consumer GenericHost --FollowUpRules:PlaybookPath=/no/such/playbook.json

  # The testing kit's xunit tests, as docs/testing-playbooks.md shows them: each test counts.
  local results="$CI_WORK/consumer-tests" failed_before=$CI_FAILED
  if ci_check "PlaybookTests: docs/testing-playbooks.md's xunit tests build against the package" build_consumer PlaybookTests; then
    consumer dotnet test "$CI_CONSUMERS/PlaybookTests" -c Release --no-build -p:FollowUpRulesVersion="$CI_VERSION" \
      --logger trx --results-directory "$results" >"$CI_LOGS/consumer-tests.log" 2>&1
    local status=$?
    ci_count_trx "$results"
    echo "  ran  PlaybookTests: $CI_TRX_FILES result file(s), exit code $status"
    if [ "$status" -ne 0 ] || [ "$CI_TRX_FILES" -eq 0 ]; then
      tail -n 40 "$CI_LOGS/consumer-tests.log"
      [ "$CI_FAILED" -gt "$failed_before" ] || ci_fail "PlaybookTests: dotnet test failed (exit code $status) outside the tests"
    fi
  fi

  ci_check "FollowUpRules.* came from the local feed only, byte for byte" from_feed_only

  ci_check "the tool installs from the feed (dotnet tool install --tool-path)" \
    consumer dotnet tool install FollowUpRules.Cli --version "$CI_VERSION" --tool-path "$CI_WORK/tool" \
      --configfile "$CI_CONSUMERS/nuget.config" &&
    ci_check "the tool: init --sample, agenda, log, agenda again, export-ics in a folder init creates" tool_session &&
    ci_check "the tool: a first day (init, import a CSV, add contact, log, status rejected, agenda, undo, list)" tool_first_day &&
    ci_check "the tool in German: init says what it wrote, --help has System.CommandLine's German headings" tool_in_german
}

ci_stage consumers run_consumers
