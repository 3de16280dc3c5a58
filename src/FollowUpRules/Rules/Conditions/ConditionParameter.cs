using FollowUpRules.Utility;

namespace FollowUpRules.Rules.Conditions;

/// <summary>A named string parameter of a <see cref="CustomCondition"/>.</summary>
public sealed record ConditionParameter
{
    /// <summary>Initializes a new parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ConditionParameter(string name, string value)
    {
        Name = Preconditions.CheckNotNull(name);
        Value = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the name.</summary>
    /// <value>Unique within the condition (validated).</value>
    public string Name { get; }

    /// <summary>Gets the value.</summary>
    /// <value>Any text; the evaluator parses it.</value>
    public string Value { get; }
}
