using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Engine;

public partial class FollowUpEngineTest
{
    [Fact]
    public void Recommend_GivesTheEvaluationsRecommendations_WithTheSameExplanations()
    {
        // The agenda and the planner ask the engine for the recommendations alone, and it skips making the expired and
        // suppressed steps. It must still count them: explanations are found by each step's number in the run that writes
        // the sentences, so a step that is not counted would give every later recommendation another step's explanation.
        Playbook[] playbooks = [DefaultPlaybook.Instance, .. Gen.Sample(PlaybookGenerators.Playbook(), 40)];
        int interleaved = 0;
        foreach (Playbook playbook in playbooks)
        {
            FollowUpEngine engine = Properties.Engine(playbook);
            foreach (FollowUpCase c in Gen.Sample(FollowUpGenerators.Case(playbook), 25))
            {
                Evaluation evaluation = engine.Evaluate(c.Input, c.Today);
                var alone = new List<Recommendation>();
                engine.Recommend(c.Input, c.Today, alone);

                alone.ShouldBe([.. evaluation.Recommendations], c.ToString());
                for (int i = 0; i < alone.Count; i++)
                {
                    alone[i].Explanation.Lines.ShouldBe(evaluation.Recommendations[i].Explanation.Lines, $"{c}: recommendation {i}");
                }

                if (alone.Count > 0 && evaluation.Expired.Count + evaluation.Suppressed.Count > 0)
                {
                    interleaved++;
                }
            }
        }

        // The check means something only where skipped steps and recommendations were found in the same evaluation.
        interleaved.ShouldBeGreaterThan(100);
    }
}
