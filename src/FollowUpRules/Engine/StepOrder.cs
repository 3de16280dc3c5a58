using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The order of pending steps, most urgent first, defined once: the engine's (<see cref="Evaluation.Recommendations"/>),
/// the agenda's (<see cref="Planning.FollowUpAgenda"/>, which numbers the applications by id) and the benchmark floor's.
/// Steps compare by, in turn:
/// <list type="number">
/// <item>urgency: overdue, then due, then upcoming;</item>
/// <item>the date that makes them urgent: for an overdue or due step its latest date (the longest overdue, then the
/// soonest deadline, first), for an upcoming one its earliest date (the first to open first);</item>
/// <item>the due date;</item>
/// <item>the priority, highest first;</item>
/// <item>the rule's position in the playbook;</item>
/// <item>the application, when steps of several applications are ordered together (numbered by the caller);</item>
/// <item>the target: the company, then each person by contact id (ordinal), then the seeker (the order of the target keys);</item>
/// <item>the anchor event's key (ordinal), then the occurrence.</item>
/// </list>
/// Two different steps never compare equal, so the order does not depend on the order of the input.
/// </summary>
internal static class StepOrder
{
    /// <summary>Returns criteria 1 to 4 of the order as one number that sorts in that order.</summary>
    /// <param name="urgency">The step's urgency.</param>
    /// <param name="earliest">Its earliest date.</param>
    /// <param name="due">Its due date.</param>
    /// <param name="latest">Its latest date.</param>
    /// <param name="priority">Its rule's priority, from <see cref="Rule.MinPriority"/> to <see cref="Rule.MaxPriority"/>.</param>
    /// <returns>The key: 2 bits of urgency, 23 bits for each date (see <see cref="DayKey"/>), 7 bits of priority.</returns>
    internal static long UrgencyKey(Urgency urgency, LocalDate earliest, LocalDate due, LocalDate latest, int priority)
    {
        long rank = urgency switch
        {
            Urgency.Overdue => 0,
            Urgency.Due => 1,
            _ => 2,
        };
        LocalDate urgent = urgency == Urgency.Upcoming ? earliest : latest;
        return (rank << 53) | ((long)DayKey(urgent) << 30) | ((long)DayKey(due) << 7) | (long)(Rule.MaxPriority - priority);
    }

    /// <summary>Returns the urgency key (criteria 1 to 4) of <paramref name="step"/>.</summary>
    internal static long UrgencyKey(Recommendation step) => UrgencyKey(step.Urgency, step.Earliest, step.Due, step.Latest, step.Priority);

    /// <summary>Returns a number per date that orders as the dates do, for ISO dates of years 0 to 9999: it fits in 23 bits.</summary>
    internal static int DayKey(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>Compares two steps in the order (criteria 1 to 8), given each one's urgency key, rule position and application number.</summary>
    internal static int Compare(long urgencyA, int ruleA, int applicationA, Recommendation a, long urgencyB, int ruleB, int applicationB, Recommendation b)
    {
        int c = Compare(urgencyA, ruleA, applicationA, urgencyB, ruleB, applicationB);
        return c != 0 ? c : CompareWithinApplication(a.Target.Kind, a.Target.ContactId, a.AnchorKey, a.Occurrence, b.Target.Kind, b.Target.ContactId, b.AnchorKey, b.Occurrence);
    }

    /// <summary>Compares criteria 1 to 6: the urgency key, the rule's position, the application.</summary>
    internal static int Compare(long urgencyA, int ruleA, int applicationA, long urgencyB, int ruleB, int applicationB)
    {
        int c = urgencyA.CompareTo(urgencyB);
        if (c == 0)
        {
            c = ruleA.CompareTo(ruleB);
        }

        return c != 0 ? c : applicationA.CompareTo(applicationB);
    }

    /// <summary>Compares criteria 7 and 8: the target, the anchor event's key, the occurrence.</summary>
    internal static int CompareWithinApplication(TargetKind kindA, string? contactA, string anchorA, int occurrenceA, TargetKind kindB, string? contactB, string anchorB, int occurrenceB)
    {
        int c = CompareTargets(kindA, contactA, kindB, contactB);
        if (c == 0)
        {
            c = string.CompareOrdinal(anchorA, anchorB);
        }

        return c != 0 ? c : occurrenceA.CompareTo(occurrenceB);
    }

    /// <summary>Orders targets as their keys order ordinally: <c>company</c>, then <c>contact:</c> and the contact id, then <c>seeker</c>.</summary>
    internal static int CompareTargets(Target a, Target b) => CompareTargets(a.Kind, a.ContactId, b.Kind, b.ContactId);

    /// <summary>Orders targets, given as their kinds and contact ids, as their keys order ordinally.</summary>
    internal static int CompareTargets(TargetKind kindA, string? contactA, TargetKind kindB, string? contactB)
    {
        int c = Order(kindA).CompareTo(Order(kindB));
        return c != 0 || kindA != TargetKind.Person ? c : string.CompareOrdinal(contactA, contactB);

        static int Order(TargetKind kind) => kind switch
        {
            TargetKind.Company => 0,
            TargetKind.Person => 1,
            _ => 2,
        };
    }
}
