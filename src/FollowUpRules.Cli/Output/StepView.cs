using System.Globalization;
using System.Text.Json.Serialization;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Localization;
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

    /// <summary>Gets whether the step is for the seeker themself.</summary>
    [JsonIgnore]
    public bool ForSeeker { get; init; }

    /// <summary>Gets who, as the text output says it in the current UI culture.</summary>
    [JsonIgnore]
    public string WhoText => ForSeeker ? CliText.Get("Who.You") : Who;

    /// <summary>Gets how, as the text output says it in the current UI culture; <c>-</c> for no channel.</summary>
    [JsonIgnore]
    public string HowText => How is null ? "-" : Texts.Word("Channel", Enum.Parse<Channel>(How), CultureInfo.CurrentUICulture);

    /// <summary>Gets the status, as the text output says it in the current UI culture.</summary>
    [JsonIgnore]
    public string StatusText => CliText.Get("Status." + Status.Replace(' ', '-'));

    [JsonIgnore]
    public string When => SendAt is null ? Date : $"{Date} {SendAt[11..16]} {SendAtZone}";

    public static StepView From(LocalDate date, Recommendation step, IEnumerable<string> applications, string status, bool withExplanation) => new()
    {
        Date = Dates.Format(date),
        Applications = [.. applications],
        Status = status,
        Who = step.Target.Kind == TargetKind.Seeker ? "you" : step.Target.Name,
        ForSeeker = step.Target.Kind == TargetKind.Seeker,
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

    /// <summary>A one-line reason, in the current UI culture: the event the step follows from, as the explanation words it; else the rule's title.</summary>
    public static string Reason(Recommendation step)
    {
        ExplanationMessage? anchor = step.Explanation.Messages.FirstOrDefault(m => m.Id == MessageId.Anchor);
        if (anchor?.Arguments[0] is not ExplanationMessage phrase)
        {
            return step.RuleTitle;
        }

        string line = phrase.Render();
        return line.Length == 0 ? line : char.ToUpper(line[0], CultureInfo.CurrentUICulture) + line[1..] + ".";
    }
}
