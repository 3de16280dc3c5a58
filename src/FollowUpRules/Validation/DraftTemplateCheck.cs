namespace FollowUpRules.Validation;

/// <summary>What an <see cref="IDraftTemplateChecker"/> found in one text of a template.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record DraftTemplateCheck
{
    /// <summary>Initializes a new result.</summary>
    /// <param name="problems">Every problem found, a sentence each for the template's author; <see langword="null"/> or empty when the text is valid.</param>
    /// <param name="values">The names of the <see cref="Rules.DraftValues"/> the text reads; <see langword="null"/> for none.</param>
    public DraftTemplateCheck(IEnumerable<string>? problems, IEnumerable<string>? values)
    {
        Problems = ValueList<string>.From(problems);
        Values = ValueList<string>.From(values);
    }

    /// <summary>Gets every problem found.</summary>
    /// <value>A sentence each; empty when the text is a valid template.</value>
    public ValueList<string> Problems { get; }

    /// <summary>Gets the values the text reads.</summary>
    /// <value>Names from <see cref="Rules.DraftValues.All"/>, each once, in the order the text first reads them.</value>
    public ValueList<string> Values { get; }
}
