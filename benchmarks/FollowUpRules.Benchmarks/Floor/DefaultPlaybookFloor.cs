using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Floor;

/// <summary>
/// The floor the engine is measured against: the 16 rules of <see cref="DefaultPlaybook"/> written out by hand in plain
/// C#, for the benchmarks only. No rule model, no condition objects, no validation, no explanations: each rule is a
/// method that reads the input with loops; only the occurrence chain (window, repeat, back-off, snooze, late policy),
/// which eleven rules share, is one helper taking that rule's numbers as arguments.
/// </summary>
/// <remarks>
/// <para>It returns the pending steps only (what <see cref="Evaluation.Recommendations"/> holds, without the
/// explanations); expired and suppressed steps are computed where the pending ones depend on them but not returned.
/// It assumes valid input (the engine's validator is not run) and the default playbook's Monday-to-Friday week with no
/// holiday calendars and the 09:00-17:00 send window. <c>FloorTest</c> checks it gives the engine's answer on generated
/// cases and on every benchmark workload.</para>
/// <para>Stateless and thread-safe; each call works on its own state. The rules are in
/// <c>DefaultPlaybookFloor.Rules.cs</c>, the occurrence chain and the reading of the input they share in
/// <c>DefaultPlaybookFloor.Chain.cs</c>.</para>
/// </remarks>
public static partial class DefaultPlaybookFloor
{
    // The rules' positions in DefaultPlaybook.Instance.Rules: the engine's tie-break between equally urgent steps.
    private const int StatusFollowUp = 1;
    private const int InterviewThankYou = 2;
    private const int SilentRejection = 3;
    private const int JournalNotes = 4;
    private const int RejectionThankYouNote = 5;
    private const int CongratulateAndConnect = 6;
    private const int SendLinkedInInvitation = 7;
    private const int FollowCompanySocial = 8;
    private const int CheckBackOnCompany = 9;
    private const int CheckBackHiringPaused = 10;
    private const int NurtureHiringManager = 11;
    private const int CoffeeWithTeamMember = 12;
    private const int ReachOutOnNewPosting = 13;
    private const int CoffeeWithTeamMemberEmployed = 14;
    private const int NurtureHiringManagerEmployed = 15;

    private static readonly string[] RuleIds =
    [
        "respect-no-contact", "status-follow-up", "interview-thank-you", "silent-rejection", "journal-notes",
        "rejection-thank-you-note", "congratulate-and-connect", "send-linkedin-invitation", "follow-company-social",
        "check-back-on-company", "check-back-hiring-paused", "nurture-hiring-manager", "coffee-with-team-member",
        "reach-out-on-new-posting", "coffee-with-team-member-employed", "nurture-hiring-manager-employed",
    ];

    private static readonly LocalTime SendTime = new(9, 0);

    /// <summary>Evaluates <paramref name="input"/> as of <paramref name="today"/> with the default playbook's rules, hard-coded.</summary>
    /// <param name="input">Valid input (not checked).</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>The pending steps, most urgent first.</returns>
    public static FloorEvaluation Evaluate(EvaluationInput input, LocalDate today)
    {
        var run = new Run(input, today);
        run.All();
        return new FloorEvaluation(run.Sorted());
    }

    private enum Late
    {
        KeepOpen,
        Expire,
        TurnIntoThankYouEmail,
    }

    /// <summary>A step's timing, as numbers: an offset of months, days or business days, and the window around it.</summary>
    private readonly record struct Offset(int Months, int Days, int BusinessDays)
    {
        internal Offset Times(int factor) => new(Months * factor, Days * factor, BusinessDays * factor);
    }

    private readonly record struct Pending(FloorStep Step, int Rule, string AnchorKey, int Occurrence, long Key);

    private sealed partial class Run
    {
        private readonly EvaluationInput input;
        private readonly LocalDate today;
        private readonly Contact[] contacts;
        private readonly Touchpoint[] all;
        private readonly List<Touchpoint>[] byContact;
        private readonly DateTimeZone?[] zones;
        private readonly bool[] interviewer;
        private readonly List<Touchpoint> interviews = [];
        private readonly List<Pending> pending = [];
        private readonly List<Touchpoint> evidence = [];
        private readonly Func<int, Channel?> emailElseLinkedIn;
        private readonly Func<int, Channel?> inPerson;
        private readonly LocalDate? explicitRejection;
        private readonly bool hasSnoozeOrDismissal;
        private LocalDate? silentRejection;

        // rejection-thank-you-note's first step per contact: congratulate-and-connect waits on it.
        private readonly LocalDate?[] noteMark;
        private readonly LocalDate[] noteMarkFrom;

        // A duplicate (the same event recorded twice, Touchpoint.IsDuplicateOf) counts once, the first by date then id kept,
        // as the engine counts it.
        private static Touchpoint[] WithoutDuplicates(Touchpoint[] sorted)
        {
            var kept = new List<Touchpoint>(sorted.Length);
            foreach (Touchpoint t in sorted)
            {
                bool duplicate = false;
                for (int j = kept.Count - 1; j >= 0 && kept[j].Date == t.Date && !duplicate; j--)
                {
                    duplicate = t.IsDuplicateOf(kept[j]);
                }

                if (!duplicate)
                {
                    kept.Add(t);
                }
            }

            return kept.Count == sorted.Length ? sorted : [.. kept];
        }

        internal Run(EvaluationInput input, LocalDate today)
        {
            this.input = input;
            this.today = today;
            emailElseLinkedIn = EmailElseLinkedIn;
            inPerson = InPerson;
            contacts = [.. input.Contacts];
            all = [.. input.Touchpoints];
            Array.Sort(all, static (a, b) =>
            {
                int c = a.Date.CompareTo(b.Date);
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            all = WithoutDuplicates(all);
            byContact = new List<Touchpoint>[contacts.Length];
            zones = new DateTimeZone?[contacts.Length];
            interviewer = new bool[contacts.Length];
            noteMark = new LocalDate?[contacts.Length];
            noteMarkFrom = new LocalDate[contacts.Length];
            for (int i = 0; i < contacts.Length; i++)
            {
                byContact[i] = [];
            }

            foreach (Touchpoint t in all)
            {
                foreach (string id in t.ContactIds)
                {
                    int c = IndexOf(id);
                    byContact[c].Add(t);
                    if (t.Kind == TouchpointKind.Interview)
                    {
                        interviewer[c] = true;
                    }
                }

                if (t.Kind == TouchpointKind.Interview)
                {
                    interviews.Add(t);
                }
                else if (t.Kind == TouchpointKind.Rejection && explicitRejection is null)
                {
                    explicitRejection = t.Date;
                }
                else if (t.Kind is TouchpointKind.Snooze or TouchpointKind.Dismissal)
                {
                    hasSnoozeOrDismissal = true;
                }
            }
        }

        private LocalDate? Rejection => explicitRejection ?? silentRejection;

        private LocalDate RejectionEvidenceFrom =>
            explicitRejection is { } e && silentRejection is { } s ? (e < s ? e : s) : Rejection!.Value;

        private ApplicationStatus Status =>
            silentRejection is not null && input.Application.Status is ApplicationStatus.Applied or ApplicationStatus.Interviewing
                ? ApplicationStatus.Rejected
                : input.Application.Status;

        private bool AfterRejection => Status is ApplicationStatus.Rejected or ApplicationStatus.Closed;

        private bool Employed => input.Seeker.EmployedElsewhereSince is { } since && since <= today;

        internal void All()
        {
            RuleSilentRejection();
            RuleStatusFollowUp();
            RuleInterviewThankYou();
            RuleJournalNotes();
            RuleRejectionThankYouNote();
            RuleCongratulateAndConnect();
            RuleSendLinkedInInvitation();
            RuleFollowCompanySocial();
            RuleCheckBackOnCompany();
            RuleCheckBackHiringPaused();
            RuleNurture(NurtureHiringManager, employed: false);
            RuleCoffee(CoffeeWithTeamMember, employed: false);
            RuleReachOutOnNewPosting();
            RuleCoffee(CoffeeWithTeamMemberEmployed, employed: true);
            RuleNurture(NurtureHiringManagerEmployed, employed: true);
        }

        internal FloorStep[] Sorted()
        {
            Pending[] steps = [.. pending];
            Array.Sort(steps, Compare);
            var result = new FloorStep[steps.Length];
            for (int i = 0; i < steps.Length; i++)
            {
                result[i] = steps[i].Step;
            }

            return result;
        }

        // The engine's order of pending steps (see StepOrder): the same code, so the floor cannot order differently.
        private static int Compare(Pending a, Pending b)
        {
            int c = StepOrder.Compare(a.Key, a.Rule, 0, b.Key, b.Rule, 0);
            return c != 0 ? c : StepOrder.CompareWithinApplication(a.Step.TargetKind, a.Step.ContactId, a.AnchorKey, a.Occurrence, b.Step.TargetKind, b.Step.ContactId, b.AnchorKey, b.Occurrence);
        }
    }

    private static LocalDate AddOffset(LocalDate date, Offset offset)
    {
        if (offset.BusinessDays > 0)
        {
            LocalDate d = date;
            for (int remaining = offset.BusinessDays; remaining > 0;)
            {
                d = d.PlusDays(1);
                if (IsBusinessDay(d))
                {
                    remaining--;
                }
            }

            return d;
        }

        return date.PlusMonths(offset.Months).PlusDays(offset.Days);
    }

    private static LocalDate Plus(LocalDate date, Offset window) => date.PlusMonths(window.Months).PlusDays(window.Days);

    private static LocalDate Minus(LocalDate date, Offset window) => date.PlusMonths(-window.Months).PlusDays(-window.Days);

    private static LocalDate Following(LocalDate date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    private static bool IsBusinessDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
