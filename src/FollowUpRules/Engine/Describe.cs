using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Engine;

/// <summary>Culture-invariant wording shared by recommendations and explanations.</summary>
internal static class Describe
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    internal static string Date(LocalDate date) => DatePattern.Format(date);

    internal static string Summary(ActionKind action, Channel channel, Target target, LocalDate due)
    {
        string who = target.Kind switch
        {
            TargetKind.Person => $" to {target.Name}",
            TargetKind.Company => $" ({target.Name})",
            _ => string.Empty,
        };
        string how = channel == Channel.None ? string.Empty : $" by {channel}";
        return $"{ActionKinds.Describe(action)}{who}{how}, due {Date(due)}";
    }
}
