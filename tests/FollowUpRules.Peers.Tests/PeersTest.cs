using FollowUpRules.Benchmarks;
using FollowUpRules.Benchmarks.Peers;
using FollowUpRules.Domain;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Peers.Tests;

// The peer benchmarks compare like with like only if each peer computes what the engine computes on the same rules: the
// same pending steps (action, channel, target, due date), on generated cases and on every benchmark workload.
public partial class PeersTest
{
    public static TheoryData<string> PeerNames() => new(Peers.Names);

    [Theory]
    [MemberData(nameof(PeerNames))]
    public void Peer_GivesTheEnginesPendingSteps_OnGeneratedCases(string peer)
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.Cases(SharedRules.Playbook), (FollowUpCase generated) =>
            {
                FollowUpCase c = Peers.WithoutSnoozes(generated);
                Peers.PeerSteps(peer, c.Input, c.Today).ShouldBe(Peers.EngineSteps(c.Input, c.Today), c.ToString());
                return true;
            }));
    }

    [Theory]
    [MemberData(nameof(PeerNames))]
    public void Peer_GivesTheEnginesPendingSteps_OnTheTypicalAndHeavyWorkloads(string peer)
    {
        foreach (Workload workload in new[] { Workloads.Typical(), Workloads.Heavy() })
        {
            PeerStep[] expected = Peers.EngineSteps(workload.Input, workload.Today);
            expected.ShouldNotBeEmpty(workload.Name);
            Peers.PeerSteps(peer, workload.Input, workload.Today).ShouldBe(expected, workload.Name);
        }
    }

    [Theory]
    [MemberData(nameof(PeerNames))]
    public void Peer_GivesTheEnginesPendingSteps_OnTheBatchWorkload(string peer)
    {
        // The first 1,000 of the benchmarks' 10,000 applications: every one of the five states 200 times.
        EvaluationInput[] batch = AgendaWorkloads.Generate(10_000);
        for (int i = 0; i < 1_000; i++)
        {
            Peers.PeerSteps(peer, batch[i], Workloads.Today).ShouldBe(Peers.EngineSteps(batch[i], Workloads.Today), batch[i].Application.Id);
        }
    }
}
