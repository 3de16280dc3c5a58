using FluentValidation.Results;
using FollowUpRules.Drafts;
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
    public void Validator_TranslationFaults_ReportsEveryOneAtItsPath_AllAtOnce()
    {
        Check.One(
            Properties.Quiet(200),
            Prop.ForAll(Arb.From(PlaybookFaults.TranslationFaults()), (IReadOnlyList<PlaybookFault> faults) =>
            {
                faults.Select(f => f.Playbook).Distinct().Count().ShouldBe(1, "the faults of one list share the playbook that holds them all");

                // Validating never throws; every fault's path is among the errors, those of the values only with the checker.
                ValidationResult checkedTexts = new PlaybookValidator(templates: LiquidTemplateChecker.Instance).Validate(faults[0].Playbook);
                ValidationResult structure = new PlaybookValidator().Validate(faults[0].Playbook);
                string[] missed =
                [
                    .. faults.Where(f => !checkedTexts.Errors.Any(e => e.PropertyName == f.ExpectedPath)).Select(f => $"{f.Description} at {f.ExpectedPath}, with the checker"),
                    .. faults.Where(f => !f.Description.Contains("needs a template checker", StringComparison.Ordinal) && !structure.Errors.Any(e => e.PropertyName == f.ExpectedPath))
                        .Select(f => $"{f.Description} at {f.ExpectedPath}, without the checker"),
                ];
                string errors = string.Join(Environment.NewLine, checkedTexts.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
                return (missed.Length == 0).Label($"not reported: {string.Join("; ", missed)}{Environment.NewLine}got:{Environment.NewLine}{errors}{Environment.NewLine}{faults[0]}");
            }));
    }

    [Fact]
    public void TranslationFaults_CoverEveryKind_UpToFourInOnePlaybook()
    {
        IReadOnlyList<PlaybookFault>[] sample = [.. Gen.Sample(PlaybookFaults.TranslationFaults(), 300)];
        string[] kinds = [.. sample.SelectMany(faults => faults).Select(f => f.Description.Split(" ('")[0]).Distinct()];

        kinds.Length.ShouldBe(PlaybookFaults.TranslationKindCount, string.Join(Environment.NewLine, kinds.Order()));
        sample.Select(faults => faults.Count).Distinct().Order().ShouldBe(Enumerable.Range(1, PlaybookFaults.MaxTranslationFaults));
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
