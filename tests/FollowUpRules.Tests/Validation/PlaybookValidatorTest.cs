using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Validation;

public class PlaybookValidatorTest
{
    private static Rule Step(string id, Anchor? anchor = null, Timing? timing = null, Audience? audience = null, ActionSpec? action = null, Condition[]? conditions = null, LatePolicy? late = null, int priority = Rule.DefaultPriority) =>
        new(id, "A step", anchor ?? Anchor.RejectionReceived, timing ?? new Timing(StepOffset.FromDays(3)), audience ?? Audience.Seeker, action ?? new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), conditions, late: late, priority: priority);

    private static string[] Errors(params Rule[] rules) =>
        [.. new PlaybookValidator().Validate(new Playbook("mine", "Mine", 1, rules)).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];

    [Fact]
    public void Validate_DefaultPlaybook_IsValid()
    {
        new PlaybookValidator().Validate(DefaultPlaybook.Instance).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_IdsAndPriorities()
    {
        Errors(Step(""), Step("a b", priority: 101), Step("x"), Step("x")).ShouldBe(
        [
            "Rules[0].Id: Every rule needs an id.",
            "Rules[1].Id: The rule id 'a b' may only hold letters, digits, '-' and '_', and must start with a letter or digit.",
            "Rules[1].Priority: The priority must be between 0 and 100; it is 101.",
            "Rules[3].Id: The rule id 'x' is already used by Rules[2]; every rule needs its own id.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_RepeatWithoutBound_ZeroSpacing_AndBadCounts()
    {
        Errors(Step("r", timing: new Timing(StepOffset.FromDays(1), repeat: new Repeat(StepOffset.Zero, maxCount: 0)))).ShouldBe(
        [
            "Rules[0].Timing.Repeat.Every: This must be longer than zero days.",
            "Rules[0].Timing.Repeat.MaxCount: The number of occurrences must be between 1 and 1000; it is 0.",
        ],
        ignoreOrder: true);
        Errors(Step("r", timing: new Timing(StepOffset.FromDays(1), repeat: new Repeat(StepOffset.FromDays(7))))).ShouldBe(
            ["Rules[0].Timing.Repeat: A repeating step needs a bound: set MaxCount, For, or both, so that it cannot recur forever."]);
    }

    [Fact]
    public void Validate_TooLongOffsets_AndNegativeWindows()
    {
        Errors(Step("r", timing: new Timing(StepOffset.FromPeriod(Period.FromYears(51)), new Window(Period.FromDays(-1), Period.FromHours(3))))).ShouldBe(
        [
            "Rules[0].Timing.Offset: 'P51Y' is too long; at most 50 years, 600 months, 2600 weeks or 18300 days.",
            "Rules[0].Timing.Window.Early: 'P-1D' is negative; a step can only come after its anchor.",
            "Rules[0].Timing.Window.Late: 'PT3H' has a time part; use whole years, months, weeks and days.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_AudienceKindNotDefined_IsReportedOnceNotAsAMismatch()
    {
        Errors(Step("a", audience: new Audience((AudienceKind)(-1)), action: new ActionSpec(ActionKind.SendThankYouNote, Channel.Email))).ShouldBe(
        [
            "Rules[0].Audience.Kind: '-1' is not an audience; use Seeker, Company, Interviewers or Contacts.",
        ]);
    }

    [Fact]
    public void Validate_ActionMustFitItsAudienceAndChannel()
    {
        Errors(
            Step("a", audience: Audience.Company, action: new ActionSpec(ActionKind.SendThankYouNote, Channel.Postal)),
            Step("b", audience: Audience.EachInterviewer, action: new ActionSpec(ActionKind.SendCheckIn, Channel.Social)),
            Step("c", anchor: Anchor.LastInterview, audience: Audience.EachInterviewer, action: new ActionSpec(ActionKind.TreatAsRejected, Channel.None))).ShouldBe(
        [
            "Rules[0].Action.Kind: SendThankYouNote is done for a person, but the audience is Company.",
            "Rules[1].Action.Channel: SendCheckIn reaches a person, so its channel must be Email, LinkedIn, Postal, Phone or InPerson, not Social.",
            "Rules[2].Action.Kind: TreatAsRejected is the seeker's own step, but the audience is Interviewers.",
            "Rules[2].Action.Kind: TreatAsRejected is a decision for the seeker: its audience must be Seeker.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_MissingRuleReference_AndCycles()
    {
        Errors(
            Step("a", anchor: Anchor.AfterRule("b")),
            Step("b", anchor: Anchor.AfterRule("a")),
            Step("c", anchor: Anchor.AfterRule("nowhere"))).ShouldBe(
        [
            "Rules[0].Anchor.RuleId: The rules wait on each other in a circle (a -> b -> a), so none of them could ever start.",
            "Rules[2].Anchor.RuleId: The rule waits on 'nowhere', but the playbook has no rule with that id.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_ConditionsThatNeedAPerson_OnACompanyRule_AndUnknownCustomConditions()
    {
        Errors(Step(
            "a",
            audience: Audience.Company,
            action: new ActionSpec(ActionKind.CheckOnCompany, Channel.Web),
            conditions: [Condition.HasChannel(Channel.Email), Condition.AnyOf(), new CustomCondition("likes-tea")])).ShouldBe(
        [
            "Rules[0].Conditions[0]: HasChannel looks at a person, but the rule's audience is Company.",
            "Rules[0].Conditions[1].Conditions: AnyOf needs at least one condition.",
            "Rules[0].Conditions[2].Name: No custom condition is registered under the name 'likes-tea' (none is registered).",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_StopRuleShape()
    {
        var stop = new Rule("s", "Stop", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Company, new ActionSpec(ActionKind.StopOutreach, Channel.Email));

        Errors(stop).ShouldBe(
        [
            "Rules[0].Anchor: A stop rule has no anchor: it applies whenever its conditions hold.",
            "Rules[0].Timing: A stop rule has no timing: it applies whenever its conditions hold.",
            "Rules[0].Audience.Kind: A stop rule stops outreach to people, so its audience must be Interviewers or Contacts, not Company.",
            "Rules[0].Conditions: A stop rule needs at least one condition; without one it would block everybody.",
            "Rules[0].Action.Channel: A stop rule sends nothing, so its channel must be None, not Email.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_TurnIntoWithoutReplacement()
    {
        Errors(Step("a", late: LatePolicy.Of(LateAction.TurnInto))).ShouldBe(["Rules[0].Late.TurnInto: A TurnInto policy must say which action the late step turns into."]);
    }

    [Fact]
    public void Validate_EmptyPlaybook()
    {
        new PlaybookValidator().Validate(new Playbook("", "", 0, [])).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ShouldBe(
        [
            "Id: The playbook needs an id.",
            "Name: The playbook needs a name.",
            "Version: The playbook's version must be 1 or more; it is 0.",
            "Rules: The playbook has no rules.",
        ]);
    }

    [Fact]
    public void Engine_InvalidPlaybook_FailsAtConstructionWithEveryError()
    {
        var playbook = new Playbook("mine", "Mine", 1, [Step("x"), Step("x", priority: -1)]);

        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => new FollowUpEngine(playbook, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0))));

        error.Message.ShouldBe(
            "Playbook 'mine' is invalid:" + Environment.NewLine +
            " - Rules[1].Priority: The priority must be between 0 and 100; it is -1." + Environment.NewLine +
            " - Rules[1].Id: The rule id 'x' is already used by Rules[0]; every rule needs its own id.");
    }
}
