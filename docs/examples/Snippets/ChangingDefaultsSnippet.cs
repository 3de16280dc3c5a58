using FollowUpRules.Calendar;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in docs/default-playbook.md, "Changing the defaults".</summary>
public static class ChangingDefaultsSnippet
{
    /// <summary>Builds the changed playbook and an engine for it.</summary>
    /// <returns>The engine.</returns>
    public static FollowUpEngine Run()
    {
        Rule[] rules =
        [
            .. DefaultPlaybook.Instance.Rules.Select(r => r.Id != "silent-rejection"
                ? r
                : new Rule(r.Id, r.Title, r.Anchor, new Timing(StepOffset.FromDays(45), new Window(early: Period.Zero)),
                    r.Audience, r.Action, r.Conditions, r.StopWhen, r.Late, r.Priority, r.Source)),
        ];

        var playbook = new Playbook("my-app", "My app's playbook", 1, rules,
            WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday,
                IsoDayOfWeek.Thursday));

        var engine = new FollowUpEngine(playbook, SystemClock.Instance);
        return engine;
    }
}
