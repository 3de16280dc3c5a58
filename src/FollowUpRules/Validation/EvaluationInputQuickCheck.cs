using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>
/// An allocation-free check that an <see cref="EvaluationInput"/> has none of the problems
/// <see cref="EvaluationInputValidator"/> reports, so that the engine runs the full validator (which writes every
/// problem's message) only when this check finds something.
/// </summary>
/// <remarks>
/// Every rule of the validator has its counterpart here, in the same order; a property test
/// (<c>EvaluationInputQuickCheckTest</c>) keeps the two in agreement on generated valid inputs and on faulty ones derived
/// from them. When in doubt this check says "not valid": the validator then decides. Thread-safe (no state).
/// </remarks>
internal static class EvaluationInputQuickCheck
{
    // Up to this many ids, duplicates are found by comparing pairs; above it, with a set.
    private const int PairwiseLimit = 32;

    // The most touchpoint ids a thread keeps room for between checks (a few MB at most).
    private const int MaxKeptIds = 100_000;

    [ThreadStatic]
    private static HashSet<string>? keptIds;

    /// <summary>Returns whether <paramref name="input"/> passes every rule of the validator built for <paramref name="playbook"/>, as of <paramref name="today"/>.</summary>
    internal static bool Passes(EvaluationInput input, LocalDate today, Playbook? playbook)
    {
        Application application = input.Application;
        if (today < Limits.MinDate || today > Limits.MaxDate || IsBlank(application.Id) || IsBlank(application.CompanyId) || IsBlank(application.CompanyName) || IsBlank(application.Role)
            || !Enum.IsDefined(application.Status) || !DateOk(application.AppliedOn, today))
        {
            return false;
        }

        if (application.RejectionReason is { } reason
            && (!Enum.IsDefined(reason) || application.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed)))
        {
            return false;
        }

        foreach (Contact contact in input.Contacts)
        {
            if (!ContactOk(contact, application, playbook))
            {
                return false;
            }
        }

        bool rejection = false;
        foreach (Touchpoint touchpoint in input.Touchpoints)
        {
            if (!TouchpointOk(touchpoint, input, today, playbook))
            {
                return false;
            }

            rejection |= touchpoint.Kind == TouchpointKind.Rejection;
        }

        if (application.Status == ApplicationStatus.Rejected ? !rejection : rejection && application.Status != ApplicationStatus.Closed)
        {
            return false;
        }

        if (input.Seeker.EmployedElsewhereSince is { } since && !DateOk(since, today))
        {
            return false;
        }

        return !HasDuplicateContactIds(input.Contacts) && !HasDuplicateTouchpointIds(input.Touchpoints);
    }

    private static bool ContactOk(Contact contact, Application application, Playbook? playbook)
    {
        if (IsBlank(contact.Id) || IsBlank(contact.Name) || !string.Equals(contact.CompanyId, application.CompanyId, StringComparison.Ordinal)
            || !Enum.IsDefined(contact.LinkedIn))
        {
            return false;
        }

        foreach (ContactRole role in contact.Roles)
        {
            if (!Enum.IsDefined(role))
            {
                return false;
            }
        }

        if (contact.Email is { } email && (string.IsNullOrWhiteSpace(email) || email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@')))
        {
            return false;
        }

        if (contact.TimeZoneId is { } zoneId && TzdbZones.GetZoneOrNull(zoneId) is null)
        {
            return false;
        }

        if (contact.HolidayCalendarId is { } calendarId && playbook is not null)
        {
            bool found = false;
            foreach (Calendar.HolidayCalendar calendar in playbook.Holidays)
            {
                found |= string.Equals(calendar.Id, calendarId, StringComparison.Ordinal);
            }

            return found;
        }

        return true;
    }

    private static bool TouchpointOk(Touchpoint touchpoint, EvaluationInput input, LocalDate today, Playbook? playbook)
    {
        if (IsBlank(touchpoint.Id) || !Enum.IsDefined(touchpoint.Kind) || touchpoint.Date < input.Application.AppliedOn || !DateOk(touchpoint.Date, today))
        {
            return false;
        }

        if (touchpoint.ApplicationId is { } applicationId && !string.Equals(applicationId, input.Application.Id, StringComparison.Ordinal))
        {
            return false;
        }

        if (TouchpointKinds.NeedsContact(touchpoint.Kind) && touchpoint.ContactIds.Count == 0)
        {
            return false;
        }

        for (int i = 0; i < touchpoint.ContactIds.Count; i++)
        {
            string contactId = touchpoint.ContactIds[i];
            if (!IsContact(contactId, input.Contacts))
            {
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(touchpoint.ContactIds[j], contactId, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        if (touchpoint.Kind == TouchpointKind.Reply ? touchpoint.Outcome is not { } outcome || !Enum.IsDefined(outcome) : touchpoint.Outcome is not null)
        {
            return false;
        }

        bool acts = touchpoint.Kind is TouchpointKind.Snooze or TouchpointKind.Dismissal;
        if (acts ? string.IsNullOrWhiteSpace(touchpoint.RuleId) || (playbook is not null && !IsRule(touchpoint.RuleId, playbook)) : touchpoint.RuleId is not null)
        {
            return false;
        }

        if (touchpoint.Kind == TouchpointKind.Snooze)
        {
            return touchpoint.SnoozeUntil is { } until && until > touchpoint.Date && until <= Limits.MaxDate;
        }

        return touchpoint.SnoozeUntil is null;
    }

    private static bool IsContact(string id, ValueList<Contact> contacts)
    {
        // A touchpoint usually names a contact with the very string the contact holds: that is looked for first.
        for (int i = 0; i < contacts.Count; i++)
        {
            if (ReferenceEquals(contacts[i].Id, id))
            {
                return true;
            }
        }

        for (int i = 0; i < contacts.Count; i++)
        {
            if (string.Equals(contacts[i].Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRule(string id, Playbook playbook)
    {
        foreach (Rule rule in playbook.Rules)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDuplicateContactIds(ValueList<Contact> contacts)
    {
        if (contacts.Count > PairwiseLimit)
        {
            var seen = new HashSet<string>(contacts.Count, StringComparer.Ordinal);
            foreach (Contact contact in contacts)
            {
                if (!seen.Add(contact.Id))
                {
                    return true;
                }
            }

            return false;
        }

        for (int i = 1; i < contacts.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(contacts[i].Id, contacts[j].Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasDuplicateTouchpointIds(ValueList<Touchpoint> touchpoints)
    {
        if (touchpoints.Count > PairwiseLimit)
        {
            // The set is kept for the thread's next check: for thousands of touchpoints its storage is a large-object-heap
            // array, and a new one on every evaluation brought full collections (the 10,000-touchpoint benchmark). A check
            // run while another is under way on the same thread takes a set of its own.
            HashSet<string> seen = keptIds ?? new HashSet<string>(StringComparer.Ordinal);
            keptIds = null;
            try
            {
                seen.EnsureCapacity(touchpoints.Count);
                foreach (Touchpoint touchpoint in touchpoints)
                {
                    if (!seen.Add(touchpoint.Id))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                seen.Clear();
                if (seen.EnsureCapacity(0) <= MaxKeptIds)
                {
                    keptIds = seen;
                }
            }
        }

        // Pairs whose fingerprints differ hold different ids; only the others are compared character by character.
        Span<long> fingerprints = stackalloc long[touchpoints.Count];
        for (int i = 0; i < touchpoints.Count; i++)
        {
            fingerprints[i] = Fingerprint(touchpoints[i].Id);
            for (int j = 0; j < i; j++)
            {
                if (fingerprints[j] == fingerprints[i] && string.Equals(touchpoints[i].Id, touchpoints[j].Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Equal ids have equal fingerprints: the length and the last three characters, where ids made in a sequence differ.
    private static long Fingerprint(string id)
    {
        long fingerprint = id.Length;
        for (int i = Math.Max(0, id.Length - 3); i < id.Length; i++)
        {
            fingerprint = (fingerprint << 16) | id[i];
        }

        return fingerprint;
    }

    private static bool DateOk(LocalDate date, LocalDate today) => date >= Limits.MinDate && date <= Limits.MaxDate && date <= today;

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
