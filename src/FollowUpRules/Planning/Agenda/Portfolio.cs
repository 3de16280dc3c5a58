using System.Runtime.InteropServices;
using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Planning;

/// <summary>
/// The applications of one agenda, numbered in the ordinal order of their ids, with their companies numbered too and
/// each company's shareable touchpoints gathered once, so the work grows with the size of each company's group, not
/// with the square of all applications.
/// </summary>
internal sealed class Portfolio
{
    private readonly List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable;

    // Per company, the ids of the people marked do-not-contact with any of its applications; null when none is.
    private readonly HashSet<string>?[] doNotContact;

    // Each application's id as a list of one, made when first asked for and shared by its items.
    private readonly string[]?[] ids;

    private Portfolio(EvaluationInput[] inputs, int[] companyOf, List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable, HashSet<string>?[] doNotContact)
    {
        Inputs = inputs;
        CompanyOf = companyOf;
        this.shareable = shareable;
        this.doNotContact = doNotContact;
        ids = new string[]?[inputs.Length];
    }

    /// <summary>Gets the applications as given, ordered by id.</summary>
    public EvaluationInput[] Inputs { get; }

    /// <summary>Gets each application's company number.</summary>
    public int[] CompanyOf { get; }

    /// <summary>Numbers the applications and their companies, and gathers the shareable touchpoints on up to <paramref name="parallel"/>'s number of threads.</summary>
    public static Portfolio Of(IEnumerable<EvaluationInput> applications, ParallelOptions parallel)
    {
        // One pass reads each application once, for its id and its company's: a large portfolio's applications are spread
        // over the heap, and reading each twice was most of this method's time.
        EvaluationInput[] inputs = [.. applications];
        string[] ids = new string[inputs.Length];
        string[] companyIds = new string[inputs.Length];
        bool sorted = true;
        for (int i = 0; i < inputs.Length; i++)
        {
            Application application = Preconditions.CheckNotNull(inputs[i], nameof(applications)).Application;
            ids[i] = application.Id;
            companyIds[i] = application.CompanyId;
            sorted = sorted && (i == 0 || string.CompareOrdinal(ids[i - 1], ids[i]) <= 0);
        }

        // Often given in id order already; otherwise sorted on the ids alone.
        if (!sorted)
        {
            Array.Sort(ids, inputs, StringComparer.Ordinal);
            for (int i = 0; i < inputs.Length; i++)
            {
                companyIds[i] = inputs[i].Application.CompanyId;
            }
        }

        for (int i = 1; i < inputs.Length; i++)
        {
            Preconditions.CheckArgument(!string.Equals(ids[i], ids[i - 1], StringComparison.Ordinal), nameof(applications), $"Two applications have the id '{ids[i]}'; give each application its own id.");
        }

        // Companies are numbered in the order of their first application.
        var companies = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new List<int>();
        int[] companyOf = new int[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            ref int company = ref CollectionsMarshal.GetValueRefOrAddDefault(companies, companyIds[i], out bool known);
            if (!known)
            {
                company = sizes.Count;
                sizes.Add(0);
            }

            companyOf[i] = company;
            sizes[company]++;
        }

        // Only applications at the same company share touchpoints, and only relationship touchpoints. Finding them reads
        // every touchpoint, so it runs on the agenda's threads; they are then gathered per company, in application order.
        var found = new List<Touchpoint>?[inputs.Length];
        void Find(int i)
        {
            if (sizes[companyOf[i]] < 2)
            {
                return;
            }

            foreach (Touchpoint touchpoint in inputs[i].Touchpoints)
            {
                if (TouchpointKinds.IsAboutTheRelationship(touchpoint.Kind))
                {
                    (found[i] ??= []).Add(touchpoint);
                }
            }
        }

        if (parallel.MaxDegreeOfParallelism == 1)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                Find(i);
            }
        }
        else
        {
            Parallel.For(0, inputs.Length, parallel, Find);
        }

        var shareable = new List<(EvaluationInput From, Touchpoint Touchpoint)>?[sizes.Count];
        var doNotContact = new HashSet<string>?[sizes.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            foreach (Touchpoint touchpoint in found[i] ?? [])
            {
                (shareable[companyOf[i]] ??= []).Add((inputs[i], touchpoint));
            }

            // A person who asked not to be contacted, as one application's contacts say, is not contacted for any.
            if (sizes[companyOf[i]] > 1)
            {
                foreach (Contact contact in inputs[i].Contacts)
                {
                    if (contact.DoNotContact)
                    {
                        (doNotContact[companyOf[i]] ??= new HashSet<string>(StringComparer.Ordinal)).Add(contact.Id);
                    }
                }
            }
        }

        return new Portfolio(inputs, companyOf, shareable, doNotContact);
    }

    /// <summary>Returns the id of application <paramref name="index"/> as a list of one; threads may ask at once for different applications (the merge's parts each ask for their own companies' applications).</summary>
    public ValueList<string> IdsOf(int index) => ValueList<string>.Wrap(ids[index] ??= [Inputs[index].Application.Id]);

    /// <summary>
    /// Returns application <paramref name="index"/> with the relationship touchpoints (see
    /// <see cref="TouchpointKinds.IsAboutTheRelationship"/>) recorded with the other applications at its company, whichever
    /// application they were filed under, and with every person marked do-not-contact by any of those applications marked
    /// so here too. A touch with a person counts at any date (a "no" given before this application still holds); a
    /// company-level one (a social follow, a company check, a posting spotted) from the application date on.
    /// </summary>
    public EvaluationInput Shared(int index)
    {
        EvaluationInput input = Inputs[index];
        List<(EvaluationInput From, Touchpoint Touchpoint)>? candidates = shareable[CompanyOf[index]];
        ValueList<Contact> contacts = WithDoNotContact(input.Contacts, doNotContact[CompanyOf[index]], out bool marked);
        if (candidates is null)
        {
            return marked ? new EvaluationInput(input.Application, contacts, input.Touchpoints, input.Seeker) : input;
        }

        Application application = input.Application;
        HashSet<string>? ids = null;
        HashSet<string>? contactIds = null;
        List<Touchpoint>? touchpoints = null;
        foreach ((EvaluationInput from, Touchpoint touchpoint) in candidates)
        {
            if (ReferenceEquals(from, input) || (touchpoint.Date < application.AppliedOn && !TouchpointKinds.NeedsContact(touchpoint.Kind)))
            {
                continue;
            }

            if (ids is null)
            {
                ids = new HashSet<string>(input.Touchpoints.Count, StringComparer.Ordinal);
                foreach (Touchpoint own in input.Touchpoints)
                {
                    ids.Add(own.Id);
                }

                contactIds = new HashSet<string>(input.Contacts.Count, StringComparer.Ordinal);
                foreach (Contact contact in input.Contacts)
                {
                    contactIds.Add(contact.Id);
                }
            }

            if (NamesOnly(touchpoint, contactIds!) && ids.Add(touchpoint.Id))
            {
                if (touchpoints is null)
                {
                    touchpoints = new List<Touchpoint>(input.Touchpoints.Count + 4);
                    touchpoints.AddRange(input.Touchpoints);
                }

                // Filed under the other application; here it is about the relationship, which every application shares.
                touchpoints.Add(touchpoint.ApplicationId is null
                    ? touchpoint
                    : new Touchpoint(touchpoint.Id, touchpoint.Kind, touchpoint.Date, touchpoint.ContactIds, null, touchpoint.Outcome, touchpoint.RuleId, touchpoint.SnoozeUntil, touchpoint.Title));
            }
        }

        return touchpoints is null && !marked
            ? input
            : new EvaluationInput(application, contacts, touchpoints ?? (IEnumerable<Touchpoint>)input.Touchpoints, input.Seeker);
    }

    // The contacts, with each one whose id is in doNotContact marked so; the same list when none changes.
    private static ValueList<Contact> WithDoNotContact(ValueList<Contact> contacts, HashSet<string>? doNotContact, out bool changed)
    {
        changed = false;
        if (doNotContact is null)
        {
            return contacts;
        }

        Contact[]? marked = null;
        for (int i = 0; i < contacts.Count; i++)
        {
            Contact c = contacts[i];
            if (!c.DoNotContact && doNotContact.Contains(c.Id))
            {
                marked ??= [.. contacts];
                marked[i] = new Contact(c.Id, c.CompanyId, c.Name, c.Roles, c.Email, c.LinkedInUrl, c.PostalAddress, c.Phone, c.TimeZoneId, c.LinkedIn, doNotContact: true, c.HolidayCalendarId);
            }
        }

        changed = marked is not null;
        return marked is null ? contacts : ValueList<Contact>.Wrap(marked);
    }

    private static bool NamesOnly(Touchpoint touchpoint, HashSet<string> contacts)
    {
        foreach (string id in touchpoint.ContactIds)
        {
            if (!contacts.Contains(id))
            {
                return false;
            }
        }

        return true;
    }
}
