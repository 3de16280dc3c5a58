using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <content>What an explanation says of a step's dates: when it is due, a move to a business day, and when to send it, in the person's time zone and the seeker's.</content>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_DueOnABusinessDay_NoMoveIsMentioned()
    {
        // The interview was on Wed 2026-11-25: the notes are due Fri 11-27, a business day, and stay there.
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 25));

        evaluation.Recommendations.Single(r => r.RuleId == "notes").Explanation.Lines.ShouldBe(
        [
            "Rule 'notes': Write notes.",
            "Anchor: interview on Wed 2026-11-25 with Ana and Bob.",
            "Due 2 days after the interview: Fri 2026-11-27.",
            "Window: earliest Wed 2026-11-25, latest Mon 2026-11-30.",
        ]);
    }

    [Fact]
    public void Evaluate_PrecedingWouldGoBeforeTheAnchor_SaysOnlyThatItMovedForward()
    {
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 11, 21), new LocalDate(2026, 11, 21));

        evaluation.Recommendations.Single(r => r.RuleId == "follow").Explanation.Lines.ShouldBe(
        [
            "Rule 'follow': Follow the company.",
            "Anchor: interview on Sat 2026-11-21 with Ana and Bob.",
            "Due the same day as the interview: Sat 2026-11-21.",
            "Due date moved from Sat 2026-11-21 to Mon 2026-11-23, the following business day, since the preceding one would fall before "
            + "Sat 2026-11-21, the date the step counts from: Sat 2026-11-21 is a Saturday, not a working day; Sun 2026-11-22 is a Sunday, not a working day.",
            "Window: earliest Sat 2026-11-21, latest Mon 2026-11-23.",
        ]);
    }

    [Theory]
    [InlineData("America/New_York", "Send at 09:00 on Fri 2026-03-06 in Ana's time zone, America/New_York, the start of the send window 09:00-17:00; that is Fri 2026-03-06 14:00 your time.")]
    [InlineData("Europe/London", "Send at 09:00 on Fri 2026-03-06 in Ana's time zone, Europe/London, the start of the send window 09:00-17:00.")]
    [InlineData(null, "Send at 09:00 on Fri 2026-03-06 in your time zone (Europe/London; Ana's is unknown), the start of the send window 09:00-17:00.")]
    public void Evaluate_PersonsStep_SaysWhenToSendIt_InTheirZoneAndTheSeekers(string? zone, string sendAt)
    {
        // Interviewed on Thu 2026-03-05 by Ana; the seeker lives in London.
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 2, 2)),
            [new Contact("ana", "acme", "Ana", email: "ana@acme.example", timeZoneId: zone)],
            [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 3, 5), ["ana"])],
            new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));

        Evaluation evaluation = new FollowUpEngine(StopRulePlaybook, SystemClock.Instance).Evaluate(input, new LocalDate(2026, 3, 6));

        evaluation.Single("thanks", "ana").Explanation.Lines[^1].ShouldBe(sendAt);
    }
}
