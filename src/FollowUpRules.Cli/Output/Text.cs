using System.Globalization;
using FollowUpRules.Domain;
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
    public static string Status(Application application)
    {
        string status = Status(application.Status);
        return application.RejectionReason is { } reason ? $"{status} ({Reason(reason)})" : status;
    }

    /// <summary>Returns a status in the current UI culture: <c>Interviewing</c>, <c>Im Gespräch</c>, <c>En entrevistas</c>.</summary>
    public static string Status(ApplicationStatus status) => Texts.Word("Status", status, CultureInfo.CurrentUICulture);

    /// <summary>Returns a rejection reason in the current UI culture: <c>HiringPaused</c>, <c>Einstellungsstopp</c>.</summary>
    public static string Reason(RejectionReason reason) => Texts.Word("Reason", reason, CultureInfo.CurrentUICulture);

    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
