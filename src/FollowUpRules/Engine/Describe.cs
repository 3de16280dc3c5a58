using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Localization;
using FollowUpRules.Rules;
using NodaTime;
using FollowUpRules.Utility;

namespace FollowUpRules.Engine;

/// <summary>Culture-invariant wording shared by recommendations and explanations.</summary>
internal static class Describe
{
    internal static string Date(LocalDate date) => Formats.Date(date);

    internal static string IsoDate(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    internal static string Summary(ActionKind action, Channel channel, Target target, LocalDate due, CultureInfo culture)
    {
        string how = channel == Channel.None ? string.Empty : Texts.Word("By", channel, culture);
        string who = target.Kind == TargetKind.Seeker ? string.Empty : target.Name;
        string detail = string.Join(", ", new[] { who, how }.Where(p => p.Length > 0));
        return detail.Length == 0
            ? Texts.Format(culture, "Summary.Plain", Texts.Word("Action", action, culture), Texts.Date(due, culture))
            : Texts.Format(culture, "Summary.Detail", Texts.Word("Action", action, culture), detail, Texts.Date(due, culture));
    }
}
