using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Validation;

/// <summary>"Today" is range-checked like every other date.</summary>
public partial class EvaluationInputValidatorTest
{
    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1899, 12, 31)]
    public void Evaluate_TodayOutsideTheSupportedDates_IsAValidationErrorSayingSo(int year, int month, int day)
    {
        var today = new LocalDate(year, month, day);
        var input = new EvaluationInput(App(), [], [], Seeker);
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0)));

        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => engine.Evaluate(input, today));

        error.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ShouldContain($"Today: Today ({today:uuuu-MM-dd}) is outside the supported range 1900-01-01 to 2999-12-31.");
    }
}
