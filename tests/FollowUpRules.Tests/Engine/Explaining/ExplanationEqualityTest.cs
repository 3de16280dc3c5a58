using System.Globalization;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine.Explaining;

/// <summary>
/// When two explanations are equal: by rule and messages, so in every culture; one built by hand by its sentences as
/// written; and the sentences of each culture read, whichever was read before.
/// </summary>
public class ExplanationEqualityTest
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static readonly Playbook ThanksPlaybook = PlaybookBuilder.Create("thanks", "Thanks")
        .AddRule("thanks", "Thank each interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email)
            .From("Liz Ryan"))
        .Build();

    // The same playbook, with the rule's title and source in German.
    private static readonly Playbook TranslatedPlaybook = PlaybookBuilder.From(ThanksPlaybook)
        .WithTranslation(new PlaybookTranslation("de", [new RuleTranslation("thanks", "Bedanke dich bei jedem Interviewer", "Liz Ryan, übersetzt")]))
        .Build();

    [Fact]
    public void Equals_BuiltByHandWithTheEnginesSentences_EqualBothWays()
    {
        Explanation engine = Thanks(ThanksPlaybook).Explanation;
        Explanation byHand = FollowUpModelFactory.Explanation("thanks", engine.Render(CultureInfo.InvariantCulture));

        byHand.RuleId.ShouldBe("thanks");
        byHand.Lines.ShouldBe(engine.Render(CultureInfo.InvariantCulture));
        byHand.Equals(engine).ShouldBeTrue();
        engine.Equals(byHand).ShouldBeTrue();
        byHand.GetHashCode().ShouldBe(engine.GetHashCode());
    }

    [Fact]
    public void Equals_BuiltByHandWithOneSentenceChanged_NotEqual()
    {
        Explanation engine = Thanks(ThanksPlaybook).Explanation;
        Explanation byHand = FollowUpModelFactory.Explanation("thanks", [.. engine.Render(CultureInfo.InvariantCulture).SkipLast(1), "Send it whenever you like."]);

        byHand.Equals(engine).ShouldBeFalse();
        engine.Equals(byHand).ShouldBeFalse();
    }

    [Fact]
    public void Equals_SameSentencesForAnotherRule_NotEqual()
    {
        Explanation engine = Thanks(ThanksPlaybook).Explanation;

        engine.Equals(FollowUpModelFactory.Explanation("other", engine.Render(CultureInfo.InvariantCulture))).ShouldBeFalse();
        FollowUpModelFactory.Explanation("one", ["Same words."]).Equals(FollowUpModelFactory.Explanation("two", ["Same words."])).ShouldBeFalse();
    }

    [Fact]
    public void Equals_Null_False()
    {
        Recommendation step = Thanks(ThanksPlaybook);

        step.Explanation.Equals(null).ShouldBeFalse();
        FollowUpModelFactory.Explanation("thanks", ["A sentence."]).Equals(null).ShouldBeFalse();
        step.Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void Equals_EnginesExplanationsThatReadAlikeButSendAtOtherTimes_NotEqual()
    {
        // Sentences show minutes: a window that opens at 09:00:30 reads as one that opens at 09:00, but the step is sent
        // half a minute later, and its explanation, as data, says so.
        Playbook later = PlaybookBuilder.From(ThanksPlaybook).WithSendWindow(new SendWindow(new LocalTime(9, 0, 30), new LocalTime(17, 0))).Build();
        Explanation nine = Thanks(ThanksPlaybook).Explanation;
        Explanation halfAMinuteLater = Thanks(later).Explanation;

        halfAMinuteLater.Render(CultureInfo.InvariantCulture).ShouldBe(nine.Render(CultureInfo.InvariantCulture));
        halfAMinuteLater.Messages.ShouldNotBe(nine.Messages);
        nine.Equals(halfAMinuteLater).ShouldBeFalse();
        halfAMinuteLater.Equals(nine).ShouldBeFalse();
    }

    [Fact]
    public void Render_TranslatedPlaybook_TheRulesTitleAndSourceAsTranslated()
    {
        Explanation translated = Thanks(TranslatedPlaybook).Explanation;

        translated.Render(German)[0].ShouldBe("Regel 'thanks': Bedanke dich bei jedem Interviewer. Quelle: Liz Ryan, übersetzt.");
        Thanks(ThanksPlaybook).Explanation.Render(German)[0].ShouldBe("Regel 'thanks': Thank each interviewer. Quelle: Liz Ryan.");
        translated.Render(English).ShouldBe(Thanks(ThanksPlaybook).Explanation.Render(English));
    }

    [Fact]
    public void Equals_StepsWithEqualExplanationsButOtherDates_NotEqual()
    {
        Recommendation tuesday = FollowUpModelFactory.Recommendation(due: D(2026, 3, 3), explanation: ["Due on Tuesday."]);
        Recommendation wednesday = FollowUpModelFactory.Recommendation(due: D(2026, 3, 4), explanation: ["Due on Tuesday."]);

        tuesday.Explanation.ShouldBe(wednesday.Explanation);
        tuesday.Equals(wednesday).ShouldBeFalse();
    }

    [Fact]
    public void Render_OneCultureAfterAnother_EachInItsOwnWords()
    {
        Explanation explanation = Thanks(TranslatedPlaybook).Explanation;
        ValueList<string> english = explanation.Render(English);

        ValueList<string> german = explanation.Render(German);

        german.ShouldBe(Thanks(TranslatedPlaybook).Explanation.Render(German));
        german[0].ShouldBe("Regel 'thanks': Bedanke dich bei jedem Interviewer. Quelle: Liz Ryan, übersetzt.");
        explanation.Render(English).ShouldBe(english);
        english[0].ShouldBe("Rule 'thanks': Thank each interviewer. Source: Liz Ryan.");
    }

    // Ana's thank-you for the interview of Mon 2026-03-02.
    private static Recommendation Thanks(Playbook playbook) =>
        new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Evaluate(D(2026, 3, 3), playbook).Single("thanks", "ana");
}
