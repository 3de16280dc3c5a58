namespace FollowUpRules.Engine;

/// <summary>A result whose explanation is written when first read: a step, an expired or suppressed step, an agenda item.</summary>
internal interface IExplained
{
    /// <summary>Gets the explanation.</summary>
    Explanation Explanation { get; }
}

/// <summary>
/// Equality for results with an explanation (<see cref="Recommendation"/>, <see cref="ExpiredStep"/>,
/// <see cref="SuppressedStep"/>, <see cref="Planning.AgendaItem"/>): two are equal when their other values are and, only
/// then, since comparing them writes their sentences, their explanations. Their hash codes leave the explanation out.
/// </summary>
internal static class ExplainedEquality
{
    /// <summary>Returns whether <paramref name="self"/> and <paramref name="other"/> are equal, <paramref name="sameValues"/> comparing all but the explanation.</summary>
    internal static bool Equals<T>(T self, T? other, Func<T, T, bool> sameValues)
        where T : class, IExplained =>
        other is not null && (ReferenceEquals(self, other) || (sameValues(self, other) && self.Explanation.Equals(other.Explanation)));
}
