namespace FollowUpRules.Benchmarks.Peers.RulesEngine;

/// <summary>
/// Date arithmetic for the workflow's expressions (a custom type of <c>ReSettings</c>), where a scoped parameter would
/// otherwise call <see cref="DateTime.AddDays"/> itself.
/// </summary>
/// <remarks>
/// With <c>UseFastExpressionCompiler = true</c>, FastExpressionCompiler 5.0.2 (RulesEngine 6.0.1's own dependency; 5.4.1
/// and 6.0.0 behave the same) miscompiles a rule in which a nested lambda reads a <see cref="DateTime"/> scoped parameter
/// that the rule also uses elsewhere: a method call on that parameter ends the process (SIGSEGV), and a comparison or a
/// static call beside the lambda in the same expression throws a <see cref="NullReferenceException"/>. So the workflow
/// never calls a method on a scoped parameter (it passes the parameter to these methods instead), and an expression with
/// a nested lambda reads the parameters that lambda reads nowhere else (<c>recordedBySilentDue</c> stands apart from
/// <c>silentRejection</c> for that reason). RulesEngine's default compiler (<c>System.Linq.Expressions</c>) needs
/// neither; the equivalence test runs the workflow with both.
/// </remarks>
public static class Dates
{
    /// <summary>Returns <paramref name="date"/> plus <paramref name="days"/> days.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The days; negative to go back.</param>
    /// <returns>The date.</returns>
    public static DateTime Days(DateTime date, int days) => date.AddDays(days);

    /// <summary>Returns <paramref name="date"/> plus <paramref name="months"/> months, the day truncated at the month's end.</summary>
    /// <param name="date">The date.</param>
    /// <param name="months">The months.</param>
    /// <returns>The date.</returns>
    public static DateTime Months(DateTime date, int months) => date.AddMonths(months);
}
