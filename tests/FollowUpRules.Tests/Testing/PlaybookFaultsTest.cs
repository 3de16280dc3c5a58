using FluentValidation.Results;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Testing;

public class PlaybookFaultsTest
{
    [Fact]
    public void Validator_RejectsEveryFault_WithAnErrorAtTheExpectedPath()
    {
        Check.One(
            Properties.Quiet(1000),
            Prop.ForAll(PlaybookFaults.Faults(), (PlaybookFault fault) =>
            {
                ValidationResult result = new PlaybookValidator().Validate(fault.Playbook);
                string errors = string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
                return (!result.IsValid && result.Errors.Any(e => e.PropertyName == fault.ExpectedPath))
                    .Label($"expected an error at {fault.ExpectedPath}; got:{Environment.NewLine}{errors}");
            }));
    }

    [Fact]
    public void Fault_CoversEveryKind()
    {
        string[] kinds = [.. Gen.Sample(PlaybookFaults.Fault(), 1000).Select(f => f.Description.Split(" (")[0]).Distinct()];

        kinds.Length.ShouldBe(PlaybookFaults.KindCount, string.Join(Environment.NewLine, kinds.Order()));
    }

    [Fact]
    public void Fault_ToString_ShowsTheFaultThePathAndThePlaybook()
    {
        foreach (PlaybookFault fault in Gen.Sample(PlaybookFaults.Fault(), 100))
        {
            string text = fault.ToString();

            text.ShouldContain(fault.Description);
            text.ShouldContain(fault.ExpectedPath);
            text.ShouldContain($"playbook '{fault.Playbook.Id}'");
        }
    }
}
