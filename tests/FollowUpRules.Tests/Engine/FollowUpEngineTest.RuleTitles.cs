using System.Globalization;
using FollowUpRules.Engine;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>A step's rule title reads in the nearest culture the playbook is translated into, else as the rule words it.</summary>
public partial class FollowUpEngineTest
{
    [Theory]
    [InlineData("de-AT", "Bedank dich per E-Mail bei allen, die das Gespräch mit dir geführt haben")]
    [InlineData("es", "Da las gracias por correo a cada persona que te entrevistó")]
    [InlineData("fr-FR", "Thank each interviewer by email")]
    public void RuleTitleIn_DefaultPlaybookStep_ReadsTheNearestTranslation(string culture, string title)
    {
        Recommendation step = new Scenario(D(2026, 11, 2)).Person("ana").Interview(D(2026, 11, 20), "ana")
            .Evaluate(D(2026, 11, 23)).Single("interview-thank-you", "ana");

        step.RuleTitleIn(CultureInfo.GetCultureInfo(culture)).ShouldBe(title);
    }
}
