using System.Globalization;
using FollowUpRules.Localization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Output;

/// <summary>Small text helpers shared by the commands' plain output.</summary>
internal static class Text
{
    private static readonly LocalDatePattern Dates = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    public static string Date(LocalDate date) => Dates.Format(date);

    /// <summary>Returns the date as the current UI culture writes it (<c>Mon 2026-11-23</c> in English), for the commands that speak the seeker's language.</summary>
    public static string CultureDate(LocalDate date) => Texts.Date(date, CultureInfo.CurrentUICulture);

    /// <summary>Returns an application's status, with its rejection reason when it has one, in the current UI culture: <c>Rejected (HiringPaused)</c>, <c>Abgesagt (Einstellungsstopp)</c>.</summary>
    public static string Status(FollowUpRules.Domain.Application application)
    {
        CultureInfo culture = CultureInfo.CurrentUICulture;
        string status = Texts.Word("Status", application.Status, culture);
        return application.RejectionReason is { } reason ? $"{status} ({Texts.Word("Reason", reason, culture)})" : status;
    }

    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
