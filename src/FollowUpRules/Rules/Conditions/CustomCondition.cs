using System.Globalization;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// A condition a host app defines: a name and string parameters, evaluated by the <see cref="ICustomConditionEvaluator"/>
/// registered under that name. The playbook only names it; the code lives in the app.
/// </summary>
public sealed record CustomCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="name">The name the evaluator is registered under.</param>
    /// <param name="parameters">The parameters, passed to the evaluator as given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public CustomCondition(string name, IEnumerable<ConditionParameter>? parameters = null)
    {
        Name = Preconditions.CheckNotNull(name);
        Parameters = ValueList<ConditionParameter>.From(parameters);
    }

    /// <summary>Gets the name the evaluator is registered under.</summary>
    /// <value>A registered name (validated when the engine is built).</value>
    public string Name { get; }

    /// <summary>Gets the parameters.</summary>
    /// <value>In the order given.</value>
    public ValueList<ConditionParameter> Parameters { get; }

    /// <summary>Returns the value of the parameter named <paramref name="name"/>.</summary>
    /// <param name="name">The parameter name (ordinal comparison).</param>
    /// <returns>The value, or <see langword="null"/> when there is no such parameter.</returns>
    public string? GetParameter(string name) => Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value;

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);
}
