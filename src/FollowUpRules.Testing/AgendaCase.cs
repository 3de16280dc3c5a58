using FollowUpRules.Domain;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>One generated agenda case: several valid applications at one company, the agenda's first and last day, and its settings.</summary>
/// <remarks>Immutable and safe to share between threads. <see cref="ToString"/> prints the whole case, so a failing property shows it.</remarks>
public sealed record AgendaCase
{
    /// <summary>Initializes a new case.</summary>
    /// <param name="inputs">The applications, with distinct ids; each valid on <paramref name="today"/>.</param>
    /// <param name="today">The agenda's first day.</param>
    /// <param name="until">The agenda's last day; not before <paramref name="today"/>.</param>
    /// <param name="settings">The limits and pauses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or <paramref name="settings"/> is <see langword="null"/>.</exception>
    public AgendaCase(IEnumerable<EvaluationInput> inputs, LocalDate today, LocalDate until, AgendaSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        Inputs = ValueList<EvaluationInput>.From(inputs);
        Today = today;
        Until = until;
        Settings = settings;
    }

    /// <summary>Gets the applications.</summary>
    /// <value>Distinct ids, one company, each valid on <see cref="Today"/>.</value>
    public ValueList<EvaluationInput> Inputs { get; }

    /// <summary>Gets the agenda's first day.</summary>
    /// <value>On or after every date in the inputs.</value>
    public LocalDate Today { get; }

    /// <summary>Gets the agenda's last day.</summary>
    /// <value>Not before <see cref="Today"/>.</value>
    public LocalDate Until { get; }

    /// <summary>Gets the limits and pauses.</summary>
    /// <value>Valid settings.</value>
    public AgendaSettings Settings { get; }

    /// <summary>Returns the case as text: the days, the settings, then each application as <see cref="FollowUpCase.ToString"/> prints it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"today {Today}, until {Until}, limits {Settings.Limits}, pauses [{string.Join(", ", Settings.Pauses)}]{Environment.NewLine}" +
        string.Join(Environment.NewLine, Inputs.Select(i => new FollowUpCase(i, Today).ToString()));
}
