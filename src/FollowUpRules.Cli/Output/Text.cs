using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Output;

/// <summary>Small text helpers shared by the commands' plain output.</summary>
internal static class Text
{
    private static readonly LocalDatePattern Dates = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    public static string Date(LocalDate date) => Dates.Format(date);

    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
