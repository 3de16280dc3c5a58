using System.Text.Json.Serialization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Output;

/// <summary>One step as the tool shows it: who, what, how, when and why; also the shape of <c>--format json</c>.</summary>
internal sealed record StepView
{
    private static readonly LocalDatePattern Dates = LocalDatePattern.Iso;

    /// <summary>
    /// RFC 3339 with the offset always written in full (<c>2026-12-14T09:00:00-05:00</c>, <c>+00:00</c> rather than
    /// <c>Z</c>, since the time is the contact's local time): what JavaScript's <c>Date</c> and every JSON consumer parse.
    /// </summary>
    internal static readonly OffsetDateTimePattern SendTimes = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    public required string Date { get; init; }

    public required IReadOnlyList<string> Applications { get; init; }

    public required string Status { get; init; }

    public required string Who { get; init; }

    public string? ContactId { get; init; }

    public required string What { get; init; }

    public required string Action { get; init; }

    public string? How { get; init; }

    public string? SendAt { get; init; }

    public string? SendAtZone { get; init; }

    public required string Why { get; init; }

    public required string RuleId { get; init; }

    public required string AnchorKey { get; init; }

    public required int Occurrence { get; init; }

    public required string Earliest { get; init; }

    public required string Due { get; init; }

    public required string Latest { get; init; }

    public IReadOnlyList<string>? Explanation { get; init; }

    [JsonIgnore]
    public string When => SendAt is null ? Date : $"{Date} {SendAt[11..16]} {SendAtZone}";

    public static StepView From(LocalDate date, Recommendation step, IEnumerable<string> applications, string status, bool withExplanation) => new()
    {
        Date = Dates.Format(date),
        Applications = [.. applications],
        Status = status,
        Who = step.Target.Kind == TargetKind.Seeker ? "you" : step.Target.Name,
        ContactId = step.Target.ContactId,
        What = ActionKinds.Describe(step.Action),
        Action = step.Action.ToString(),
        How = step.Channel == Channel.None ? null : step.Channel.ToString(),
        SendAt = step.SendAt is { } at && at.Date == date ? SendTimes.Format(at.ToOffsetDateTime()) : null,
        SendAtZone = step.SendAt is { } z && z.Date == date ? z.Zone.Id : null,
        Why = Reason(step),
        RuleId = step.RuleId,
        AnchorKey = step.AnchorKey,
        Occurrence = step.Occurrence,
        Earliest = Dates.Format(step.Earliest),
        Due = Dates.Format(step.Due),
        Latest = Dates.Format(step.Latest),
        Explanation = withExplanation ? [.. step.Explanation.Lines] : null,
    };

    /// <summary>A one-line reason: the event the step follows from, as the explanation words it; else the rule's title.</summary>
    public static string Reason(Recommendation step)
    {
        const string Anchor = "Anchor: ";
        string? line = step.Explanation.Lines.FirstOrDefault(l => l.StartsWith(Anchor, StringComparison.Ordinal));
        return line is null ? step.RuleTitle : char.ToUpperInvariant(line[Anchor.Length]) + line[(Anchor.Length + 1)..];
    }
}
