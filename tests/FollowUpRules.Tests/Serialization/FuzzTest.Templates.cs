using System.Text.Json.Nodes;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

/// <content>
/// Templates under fuzzing: generated template text (<see cref="TemplateTexts"/>) in a playbook file's drafts is refused
/// when loaded, with the template's path, or renders safely: no other exception, within the size bound and a second.
/// </content>
public partial class FuzzTest
{
    [Fact]
    public void PlaybookJson_HostileTemplates_AreRefusedWithAPathOrRenderSafely()
    {
        var today = new LocalDate(2026, 11, 23);
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0));

        // A story whose pending steps are a thank-you email to a person (the template tried) and a how-to for the seeker.
        EvaluationInput input = new Scenario(new LocalDate(2026, 10, 5)).Seeker("Sam Taylor")
            .Person("ana", [ContactRole.HiringManager], name: "Ana Ruiz").Interview(new LocalDate(2026, 11, 20), "ana").Input();
        string defaultFile = PlaybookJson.Save(DefaultPlaybook.Instance);

        // All three texts valid, or one of them from the hostile mix, so both outcomes are common.
        Gen<(string Subject, string Body, string Point)> texts =
            from hostile in Gen.Choose(0, 3)
            from subject in hostile == 1 ? TemplateTexts.Hostile() : TemplateTexts.Valid()
            from body in hostile == 2 ? TemplateTexts.Hostile() : TemplateTexts.Valid()
            from point in hostile == 3 ? TemplateTexts.Hostile() : TemplateTexts.Valid()
            select (subject, body, point);

        output.WriteLine(Fuzz.Run(Arb.From(texts), defaultCases: 1000, t =>
        {
            // The file as an author would write it: the default playbook with two templates of their own.
            var document = JsonNode.Parse(defaultFile)!;
            JsonArray drafts = document["drafts"]!.AsArray();
            foreach (JsonNode? replaced in drafts.Where(d => ((string?)d!["action"], (string?)d!["channel"]) is ("SendThankYouEmail", "Email") or ("MeetForCoffee", "Phone")).ToList())
            {
                drafts.Remove(replaced);
            }

            // Their own templates have no translations: the default ones translate the texts they replaced.
            foreach (JsonNode? translation in document["translations"]!.AsObject().Select(p => p.Value))
            {
                JsonArray translated = translation!["drafts"]!.AsArray();
                foreach (JsonNode? stale in translated.Where(d => ((string?)d!["action"], (string?)d!["channel"]) is ("SendThankYouEmail", "Email") or ("MeetForCoffee", "Phone")).ToList())
                {
                    translated.Remove(stale);
                }
            }

            drafts.Add(new JsonObject { ["action"] = "SendThankYouEmail", ["channel"] = "Email", ["subject"] = t.Subject, ["body"] = t.Body });
            drafts.Add(new JsonObject { ["action"] = "MeetForCoffee", ["channel"] = "Phone", ["body"] = t.Body, ["talkingPoints"] = new JsonArray(t.Point, t.Subject) });
            Playbook playbook;
            try
            {
                playbook = PlaybookJson.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())), templates: LiquidTemplateChecker.Instance);
            }
            catch (FollowUpFileException e)
            {
                e.Errors.ShouldAllBe(error => error.Path.StartsWith("drafts[", StringComparison.Ordinal) && error.Message.Length < 600);
                return FuzzOutcome.Typed;
            }

            var engine = new FollowUpEngine(playbook, clock);
            var writer = new DraftWriter(playbook);
            foreach (Recommendation step in engine.Evaluate(input, today).Recommendations)
            {
                Draft draft = writer.Write(input, step).ShouldNotBeNull();
                draft.Body.Length.ShouldBeLessThanOrEqualTo(Draft.MaxLength);
                (draft.Subject?.Length ?? 0).ShouldBeLessThanOrEqualTo(Draft.MaxLength);
            }

            return FuzzOutcome.Ok;
        }));
    }
}
