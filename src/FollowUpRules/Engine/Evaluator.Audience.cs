using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Engine;

/// <summary>Choosing the audience: whom each rule is evaluated for.</summary>
internal sealed partial class Evaluator
{
    private void EvaluateRule(CompiledRule compiledRule)
    {
        Rule rule = compiledRule.Rule;
        Audience audience = rule.Audience;
        ReadOnlySpan<Contact> contacts = facts.Contacts;
        switch (audience.Kind)
        {
            case AudienceKind.Seeker:
                EvaluateTarget(compiledRule, new Subject(TargetKind.Seeker, null, -1));
                break;
            case AudienceKind.Company:
                EvaluateTarget(compiledRule, new Subject(TargetKind.Company, null, -1));
                break;
            case AudienceKind.Interviewers:
                ReadOnlySpan<int> interviewers = facts.Interviewers;
                if (audience.Selection == AudienceSelection.Each)
                {
                    foreach (int person in interviewers)
                    {
                        EvaluateTarget(compiledRule, PersonSubject(person));
                    }
                }
                else if (interviewers.Length > 0)
                {
                    // The first person who is neither blocked nor unreachable; if everyone is, the first one, so that the
                    // evaluation says why nothing is recommended.
                    int chosen = interviewers[0];
                    foreach (int person in interviewers)
                    {
                        if (IsReachable(rule, person))
                        {
                            chosen = person;
                            break;
                        }
                    }

                    EvaluateTarget(compiledRule, PersonSubject(chosen));
                }

                break;
            default:
                ValueList<ContactRole> roles = audience.Roles;
                if (audience.Selection == AudienceSelection.Each)
                {
                    // Each contact with one of the roles (every contact when there are none), in input order.
                    for (int person = 0; person < contacts.Length; person++)
                    {
                        if (roles.Count == 0 || HasAnyRole(contacts[person], roles))
                        {
                            EvaluateTarget(compiledRule, PersonSubject(person));
                        }
                    }
                }
                else if (FirstOf(rule, roles) is var chosenContact and >= 0)
                {
                    EvaluateTarget(compiledRule, PersonSubject(chosenContact));
                }

                break;
        }
    }

    /// <summary>
    /// Returns the contact a "first of" audience picks: the first candidate who is neither blocked nor unreachable, else
    /// the first candidate; -1 when there is none. The candidates are the contacts with the first role, then those with
    /// the second (who were not already candidates), and so on; every contact, in input order, when there are no roles.
    /// </summary>
    private int FirstOf(Rule rule, ValueList<ContactRole> roles)
    {
        ReadOnlySpan<Contact> contacts = facts.Contacts;
        int fallback = -1;
        for (int role = 0; role < Math.Max(1, roles.Count); role++)
        {
            for (int person = 0; person < contacts.Length; person++)
            {
                if (roles.Count > 0 && !IsCandidateAt(contacts[person], roles, role))
                {
                    continue;
                }

                if (IsReachable(rule, person))
                {
                    return person;
                }

                fallback = fallback < 0 ? person : fallback;
            }
        }

        return fallback;
    }

    /// <summary>Returns whether <paramref name="contact"/> is first a candidate of a "first of" audience at its <paramref name="role"/>th role.</summary>
    private static bool IsCandidateAt(Contact contact, ValueList<ContactRole> roles, int role)
    {
        if (!Has(contact.Roles, roles[role]))
        {
            return false;
        }

        for (int earlier = 0; earlier < role; earlier++)
        {
            if (Has(contact.Roles, roles[earlier]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the contact at <paramref name="person"/> is neither blocked nor unreachable for <paramref name="rule"/>.</summary>
    private bool IsReachable(Rule rule, int person) =>
        !IsBlocked(facts.Contacts[person], person) && ResolveAction(rule.Action, facts.Contacts[person], person) is not null;

    private bool InAudience(Audience audience, Contact contact, int person) => audience.Kind switch
    {
        AudienceKind.Interviewers => facts.IsInterviewer(person),
        AudienceKind.Contacts => audience.Roles.Count == 0 || HasAnyRole(contact, audience.Roles),
        _ => false,
    };

    private static bool HasAnyRole(Contact contact, ValueList<ContactRole> roles)
    {
        foreach (ContactRole role in contact.Roles)
        {
            if (Has(roles, role))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has<T>(ValueList<T> list, T item)
        where T : struct, Enum
    {
        foreach (T x in list)
        {
            if (EqualityComparer<T>.Default.Equals(x, item))
            {
                return true;
            }
        }

        return false;
    }
}
