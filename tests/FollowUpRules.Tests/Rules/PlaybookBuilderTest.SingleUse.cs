using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;

namespace FollowUpRules.Tests.Rules;

// A builder makes one playbook: once built, the playbook cannot be changed through it, and every call says so.
public partial class PlaybookBuilderTest
{
    public static TheoryData<string> EveryCall() =>
    [
        "WithId", "WithName", "WithVersion", "WithWorkingWeek", "WithSendWindow", "WithHolidays", "WithOutreachLimits",
        "AddRule", "AddStopRule", "ReplaceRule", "RemoveRule", "Build",
    ];

    [Theory]
    [MemberData(nameof(EveryCall))]
    public void Call_AfterBuild_ThrowsAndLeavesThePlaybookAsBuilt(string call)
    {
        PlaybookBuilder builder = Minimal();
        Playbook built = builder.Build();
        Action act = call switch
        {
            "WithId" => () => builder.WithId("other"),
            "WithName" => () => builder.WithName("Other"),
            "WithVersion" => () => builder.WithVersion(2),
            "WithWorkingWeek" => () => builder.WithWorkingWeek(WorkingWeek.MondayToFriday),
            "WithSendWindow" => () => builder.WithSendWindow(built.SendWindow),
            "WithHolidays" => () => builder.WithHolidays(),
            "WithOutreachLimits" => () => builder.WithOutreachLimits(OutreachLimits.Default),
            "AddRule" => () => builder.AddRule("more", "More", r => { }),
            "AddStopRule" => () => builder.AddStopRule("stop", "Stop", Audience.EachInterviewer, Condition.DoNotContact),
            "ReplaceRule" => () => builder.ReplaceRule("journal", r => r.WithPriority(10)),
            "RemoveRule" => () => builder.RemoveRule("journal"),
            _ => () => builder.Build(),
        };

        Should.Throw<InvalidOperationException>(act).Message.ShouldBe("This builder has already built its playbook; create a new builder.");
        built.Id.ShouldBe("mine");
        built.Rules.Select(r => r.Id).ShouldBe(["journal"]);
    }

    [Fact]
    public void WithHolidays_ANullAmongTheCalendars_ThrowsNamingItsIndex()
    {
        var uk = new HolidayCalendar("uk", "England and Wales", [new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday)]);

        Should.Throw<ArgumentException>(() => Minimal().WithHolidays(uk, null!))
            .Message.ShouldBe("The calendars must not hold null; the one at index 1 is null. (Parameter 'calendars')");
        Minimal().WithHolidays(uk).Build().Holidays.ShouldBe([uk]);
    }

    [Fact]
    public void AddStopRule_WithoutASource_CitesNone()
    {
        Playbook playbook = Minimal().AddStopRule("no-contact", "Respect a no", Audience.EachInterviewer, Condition.DoNotContact).Build();

        playbook.FindRule("no-contact")!.Source.ShouldBe(string.Empty);
    }

    [Fact]
    public void When_ANullFirstAmongTheConditions_ThrowsNamingIndexZero()
    {
        Should.Throw<ArgumentException>(() => Minimal().AddRule("r", "R", r => r.When(null!, Condition.EmployedElsewhere)))
            .Message.ShouldBe("The conditions must not hold null; the one at index 0 is null. (Parameter 'conditions')");
    }

    [Fact]
    public void ReplaceRule_ARuleStillMissingItsAudienceOrAction_IsStillReportedByBuild()
    {
        // Changing another part of an incomplete rule does not fill in what is missing.
        PlaybookBuilder builder = Minimal()
            .AddRule("no-audience", "For nobody", r => r
                .After(Anchor.InterviewHeld)
                .Due(StepOffset.FromBusinessDays(1))
                .Do(ActionKind.SendThankYouEmail, Channel.Email))
            .AddRule("no-action", "Does nothing", r => r
                .After(Anchor.ApplicationSubmitted)
                .Due(StepOffset.FromWeeks(1))
                .For(Audience.Company))
            .ReplaceRule("no-audience", r => r.WithPriority(70))
            .ReplaceRule("no-action", r => r.WithPriority(30));

        Errors(Should.Throw<FollowUpValidationException>(() => builder.Build())).ShouldBe(
        [
            "Rules[1].Audience: The rule needs an audience: who the step is for.",
            "Rules[2].Action: The rule needs an action: what to do, and by which channel.",
        ]);
    }
}
