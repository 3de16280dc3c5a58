using FollowUpRules.Benchmarks.Peers;
using FollowUpRules.Rules;

namespace FollowUpRules.Peers.Tests;

public class SharedRulesTest
{
    [Fact]
    public void Playbook_HoldsEveryListedRule_InTheDefaultPlaybooksOrder()
    {
        SharedRules.Playbook.Rules.Select(r => r.Id).ShouldBe(SharedRules.Ids);
        SharedRules.Playbook.Rules.ShouldBe(DefaultPlaybook.Instance.Rules.Where(r => SharedRules.Ids.Contains(r.Id)));
    }

    [Fact]
    public void Playbook_LeavesOutTheFourRulesWithChainsOfOccurrences()
    {
        DefaultPlaybook.Instance.Rules.Select(r => r.Id).Except(SharedRules.Ids).ShouldBe(
            ["nurture-hiring-manager", "coffee-with-team-member", "coffee-with-team-member-employed", "nurture-hiring-manager-employed"]);
    }
}
