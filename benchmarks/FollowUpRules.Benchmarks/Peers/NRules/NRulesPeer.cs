using NRules;
using NRules.Fluent;

namespace FollowUpRules.Benchmarks.Peers.NRules;

/// <summary>
/// NRules running the shared rules (<see cref="SharedRules"/>) as its users run it: the rule classes of
/// <c>FollowUpRules.cs</c> loaded into a repository and compiled once into a session factory; per application a new
/// session, the facts inserted, <c>Fire</c>, and the steps read back with <c>Query</c>.
/// </summary>
/// <remarks>Thread-safe once made (NRules' session factory is); each evaluation has its own session.</remarks>
public sealed class NRulesPeer
{
    /// <summary>The rule classes.</summary>
    public static readonly Type[] RuleTypes =
    [
        typeof(DoNotContactRule), typeof(SaidNoRule), typeof(SilenceCountsRule), typeof(SilentRejectionRule),
        typeof(RecordedRejectionRule), typeof(SilentOnlyRejectionRule), typeof(StatusFollowUpRule), typeof(InterviewThankYouRule),
        typeof(JournalNotesRule), typeof(NoteStateRule), typeof(RejectionThankYouNoteRule), typeof(LateThankYouNoteRule),
        typeof(CongratulateAndConnectRule), typeof(SendLinkedInInvitationRule), typeof(FollowCompanySocialRule),
        typeof(CheckBackOnCompanyRule), typeof(CheckBackHiringPausedRule), typeof(ReachOutOnNewPostingRule),
    ];

    private readonly ISessionFactory factory;

    /// <summary>Initializes a new instance: loads the rule classes and compiles them into a session factory.</summary>
    public NRulesPeer()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(RuleTypes));
        factory = repository.Compile();
    }

    /// <summary>Runs the rules on one application in a new session.</summary>
    /// <param name="facts">The application, in NRules facts (<see cref="NRulesFacts.From"/>).</param>
    /// <returns>The pending steps, in no particular order.</returns>
    public List<PeerStep> Evaluate(NRulesFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ISession session = factory.CreateSession();
        session.Insert(facts.Case);
        session.InsertAll(facts.People);
        session.InsertAll(facts.Touchpoints);
        session.Fire();
        return [.. session.Query<StepFact>().Select(f => f.Step)];
    }
}
