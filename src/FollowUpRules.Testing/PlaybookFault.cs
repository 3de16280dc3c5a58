using FollowUpRules.Rules;

namespace FollowUpRules.Testing;

/// <summary>A playbook with one injected fault, and the path of the error the validator must report for it.</summary>
/// <param name="Description">What is wrong, for example <c>repeat every 0 days</c>.</param>
/// <param name="Playbook">The faulty playbook: valid but for the fault.</param>
/// <param name="ExpectedPath">
/// The <c>PropertyName</c> of the error <see cref="Validation.PlaybookValidator"/> reports for the fault, PascalCase, for
/// example <c>Rules[2].Timing.Repeat.Every</c>. The validator may report other errors too (a rule whose id was blanked
/// leaves the rules that waited on it dangling).
/// </param>
/// <remarks>Immutable, compares by value, safe to share between threads. <see cref="ToString"/> prints the whole playbook.</remarks>
public sealed record PlaybookFault(string Description, Playbook Playbook, string ExpectedPath)
{
    /// <summary>Describes the fault, the expected error path and the playbook, one rule a line, for counterexamples.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"fault: {Description}; expected error at {ExpectedPath}{Environment.NewLine}{PlaybookText.Describe(Playbook)}";
}
