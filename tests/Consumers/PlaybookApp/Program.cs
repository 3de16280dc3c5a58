// A consumer of the FollowUpRules package, run by .ci/run from the packed package (and trimmed, and as Native AOT):
// the playbook and pipeline files an app loads, the engine and the agenda on them, and the errors a bad file or bad
// input gets, and a step explained in German. Usage: PlaybookApp <repository root>. Prints one line per check; exits 1 when any check fails.
using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;
using NodaTime;

string root = args.Length == 1 ? args[0] : throw new ArgumentException("Usage: PlaybookApp <repository root>");
int failures = 0;

// The shipped playbook as a file loads, validates, and is the built-in default playbook, value for value.
Playbook fromFile = PlaybookJson.LoadFile(Path.Combine(root, "docs", "default-playbook.json"));
Check("default-playbook.json loads as DefaultPlaybook.Instance", fromFile.Equals(DefaultPlaybook.Instance), fromFile.Id);

// Saved and loaded again, it is the same playbook (the source-generated JSON both ways).
Playbook roundTrip = PlaybookJson.Load(PlaybookJson.Save(fromFile));
Check("a saved playbook loads back equal", roundTrip.Equals(fromFile), $"{roundTrip.Rules.Count} rules");

// The README's application, evaluated with the playbook from the file.
var engine = new FollowUpEngine(fromFile, SystemClock.Instance);
var input = new EvaluationInput(
    new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
    [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
    [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
    new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));
Recommendation? step = engine.Evaluate(input, new LocalDate(2026, 11, 21)).Next;
string? next = step?.Summarize(CultureInfo.InvariantCulture);
Check("the engine gives the README's next step", next == "Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23", next);

// The same step in German: the words come from the package's German satellite assembly, the date from ICU.
var german = CultureInfo.GetCultureInfo("de-DE");
string? inGerman = step?.Summarize(german);
Console.WriteLine($"In German: {inGerman}");
if (step is not null)
{
    foreach (string line in step.Explanation.Render(german))
    {
        Console.WriteLine($"  {line}");
    }
}

Check("the step in German, from the satellite assembly", inGerman == "Schick eine Dankes-E-Mail (Ana Ruiz, per E-Mail), fällig Mo, 23.11.2026", inGerman);

// A broken playbook: every problem at once, each with its path (FluentValidation runs here, in the version this app asks for).
const string Broken = """
    { "formatVersion": 1, "id": "broken", "name": "Broken", "version": 1, "rules": [
      { "id": "a", "title": "A", "anchor": { "kind": "RejectionReceived" }, "timing": { "offset": "P-1D" }, "audience": { "kind": "Seeker" }, "action": { "kind": "WriteJournalNotes" } },
      { "id": "a", "title": "B", "anchor": { "kind": "RejectionReceived" }, "timing": { "offset": "P1D" }, "audience": { "kind": "Seeker" }, "action": { "kind": "WriteJournalNotes" } } ] }
    """;
try
{
    PlaybookJson.Load(Broken);
    Check("a broken playbook is refused", false, "it loaded");
}
catch (FollowUpFileException e)
{
    string[] paths = [.. e.Errors.Select(error => error.Path)];
    Check("a broken playbook is refused with every problem and its path", paths.Contains("rules[0].timing.offset") && paths.Length >= 2, string.Join(" | ", e.Errors));
}

// Bad input: refused before evaluating, every problem named by its path.
var bad = new EvaluationInput(
    input.Application,
    input.Contacts,
    [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["bob"])],
    input.Seeker);
try
{
    engine.Evaluate(bad, new LocalDate(2026, 11, 21));
    Check("bad input is refused", false, "it was evaluated");
}
catch (FollowUpValidationException e)
{
    Check("bad input is refused with its path", e.Message.Contains("Touchpoints[0].ContactIds[0]", StringComparison.Ordinal), e.Message);
}

// The sample pipeline file: the agenda of its applications for the week from Mon 2026-11-23.
PipelineFile pipeline = PipelineJson.LoadFile(Path.Combine(root, "docs", "examples", "sample-pipeline.json"));
Playbook withSettings = pipeline.Settings.ApplyTo(fromFile);
Agenda agenda = new FollowUpAgenda(new FollowUpEngine(withSettings, SystemClock.Instance))
    .Build(pipeline.Inputs(), new LocalDate(2026, 11, 23), Period.FromWeeks(1), pipeline.Settings.AgendaFor(withSettings));
AgendaItem[] items = [.. agenda.Items];
Check("the sample pipeline's agenda has its steps, in the week asked for",
    items.Length > 0 && items.All(i => i.Date >= new LocalDate(2026, 11, 23) && i.Date <= new LocalDate(2026, 11, 30)),
    $"{pipeline.Applications.Count} applications, {items.Length} steps");

Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) failed.");
return failures == 0 ? 0 : 1;

void Check(string what, bool holds, string? detail)
{
    Console.WriteLine($"{(holds ? "PASS" : "FAIL")} {what}: {detail}");
    failures += holds ? 0 : 1;
}
