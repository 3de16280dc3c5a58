using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;

namespace FollowUpRules.Planning;

/// <summary>
/// Why an <see cref="AgendaItem"/> sits on its day, kept as the moves that put it there and made into messages when its
/// explanation is read: an agenda of many steps pushed by the limits makes them only for the items someone reads.
/// </summary>
internal sealed class AgendaExplanation
{
    // Most items move once: the first move is kept inline, any others in an array.
    private readonly AgendaMove first;
    private readonly AgendaMove[]? rest;
    private readonly AgendaMoveReason? pushedPastLatestBy;

    // The names and the latest date are read from these when the messages are made, not when the agenda is built: reading
    // them then would visit two more objects per moved item.
    private readonly Recommendation step;
    private readonly Application application;
    private readonly OutreachLimits limits;

    /// <summary>Initializes the explanation of <paramref name="step"/> of <paramref name="application"/>, moved by <paramref name="moves"/> (at least one), in order.</summary>
    internal AgendaExplanation(ReadOnlySpan<AgendaMove> moves, AgendaMoveReason? pushedPastLatestBy, Recommendation step, Application application, OutreachLimits limits)
    {
        first = moves[0];
        rest = moves.Length > 1 ? moves[1..].ToArray() : null;
        this.pushedPastLatestBy = pushedPastLatestBy;
        this.step = step;
        this.application = application;
        this.limits = limits;
    }

    /// <summary>Gets the moves, in order.</summary>
    public ValueList<AgendaMove> Moves => ValueList<AgendaMove>.Wrap(rest is null ? [first] : [first, .. rest]);

    /// <summary>Gets one message per move, and one more if the step ends past its latest date.</summary>
    internal ValueList<ExplanationMessage> Messages
    {
        get
        {
            var messages = new ExplanationMessage[1 + (rest?.Length ?? 0) + (pushedPastLatestBy is null ? 0 : 1)];
            messages[0] = Moved(first);
            for (int i = 0; i < (rest?.Length ?? 0); i++)
            {
                messages[i + 1] = Moved(rest![i]);
            }

            if (pushedPastLatestBy is { } cause)
            {
                messages[^1] = cause switch
                {
                    AgendaMoveReason.Pause => ExplanationMessage.Of(MessageId.PastLatestByPause, step.Latest),
                    AgendaMoveReason.DailyLimit => ExplanationMessage.Of(MessageId.PastLatestByDailyLimit, step.Latest),
                    AgendaMoveReason.WeeklyLimit => ExplanationMessage.Of(MessageId.PastLatestByWeeklyLimit, step.Latest, application.CompanyName),
                    _ => ExplanationMessage.Of(MessageId.PastLatestBySpacing, step.Latest, step.Target.Name),
                };
            }

            return ValueList<ExplanationMessage>.Wrap(messages);
        }
    }

    private ExplanationMessage Moved(AgendaMove m) => m.Reason switch
    {
        AgendaMoveReason.Pause => ExplanationMessage.Of(MessageId.MovedByPause, m.From, m.To, m.First, m.Second),
        AgendaMoveReason.DailyLimit => ExplanationMessage.Of(MessageId.MovedByDailyLimit, m.From, m.To, limits.MaxPerDay),
        AgendaMoveReason.WeeklyLimit => ExplanationMessage.Of(MessageId.MovedByWeeklyLimit, m.From, m.To, limits.MaxPerCompanyPerWeek, application.CompanyName),
        _ => ExplanationMessage.Of(MessageId.MovedBySpacing, m.From, m.To, step.Target.Name, m.First, limits.MinSpacingPerPerson.Days),
    };
}
