using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>One benchmark input: what the engine is given and the day it evaluates it on.</summary>
/// <param name="Name">A short name for messages.</param>
/// <param name="Input">The application, its contacts, its touchpoints and the seeker.</param>
/// <param name="Today">The evaluation date; no touchpoint is later.</param>
public sealed record Workload(string Name, EvaluationInput Input, LocalDate Today);

/// <summary>
/// The benchmark workloads, generated deterministically from <see cref="Seed"/> with <see cref="Random"/> (no FsCheck at
/// benchmark time): the same seed always gives the same input. Every workload is valid input for the engine: dates between
/// the application date and today, contact ids that exist, interviews with interviewers, replies with outcomes, and a
/// Rejected status with exactly one Rejection touchpoint.
/// </summary>
public static class Workloads
{
    /// <summary>The seed every workload is generated from.</summary>
    public const int Seed = 20_261_123;

    /// <summary>The company of every generated application and contact.</summary>
    public const string CompanyId = "acme";

    /// <summary>The evaluation date of every workload.</summary>
    public static readonly LocalDate Today = new(2026, 11, 23);

    /// <summary>The touchpoint counts of the scaling series.</summary>
    public static readonly int[] ScalingSizes = [10, 100, 1_000, 10_000];

    /// <summary>The contact counts of the contacts series.</summary>
    public static readonly int[] ContactSizes = [25, 100, 400];

    private static readonly ContactRole[] Roles = [ContactRole.HiringManager, ContactRole.Recruiter, ContactRole.TeamMember, ContactRole.Referrer];

    // Touchpoint kinds of an application's story, weighted by how often they happen (interviews, emails and replies most).
    private static readonly TouchpointKind[] StoryKinds =
    [
        TouchpointKind.Interview, TouchpointKind.Interview, TouchpointKind.ThankYouEmail, TouchpointKind.ThankYouEmail,
        TouchpointKind.Reply, TouchpointKind.Reply, TouchpointKind.StatusFollowUp, TouchpointKind.ThankYouNote,
        TouchpointKind.Congratulations, TouchpointKind.LinkedInRequestSent, TouchpointKind.LinkedInRequestAccepted,
        TouchpointKind.CheckIn, TouchpointKind.CheckIn, TouchpointKind.MessageSent, TouchpointKind.Coffee, TouchpointKind.Call,
        TouchpointKind.PostingOutreach, TouchpointKind.SocialFollow, TouchpointKind.CompanyCheck, TouchpointKind.JournalEntry,
        TouchpointKind.PostingSpotted,
    ];

    /// <summary>A typical application: 3 contacts, 12 touchpoints over 45 days, rejected five days ago.</summary>
    /// <returns>The workload.</returns>
    public static Workload Typical() => Generate("typical", contacts: 3, touchpoints: 12, days: 45);

    /// <summary>A heavy application: 20 contacts, 1,000 touchpoints over two years, rejected.</summary>
    /// <returns>The workload.</returns>
    public static Workload Heavy() => Generate("heavy", contacts: 20, touchpoints: 1_000, days: 730);

    /// <summary>One size of the scaling series: 5 contacts and <paramref name="touchpoints"/> touchpoints over two years, rejected.</summary>
    /// <param name="touchpoints">The number of touchpoints, the rejection included; at least 1.</param>
    /// <returns>The workload.</returns>
    public static Workload Scaling(int touchpoints) => Generate($"scaling-{touchpoints}", contacts: 5, touchpoints: touchpoints, days: 730);

    /// <summary>One size of the contacts series: <paramref name="contacts"/> contacts and 50 touchpoints over 60 days, rejected.</summary>
    /// <param name="contacts">The number of contacts; at least 1.</param>
    /// <returns>The workload.</returns>
    public static Workload Contacts(int contacts) => Generate($"contacts-{contacts}", contacts: contacts, touchpoints: 50, days: 60);

    /// <summary>Returns the text of docs/default-playbook.json, embedded in the assembly that holds this class.</summary>
    /// <returns>The JSON text.</returns>
    public static string DefaultPlaybookJson()
    {
        using Stream stream = typeof(Workloads).Assembly.GetManifestResourceStream("default-playbook.json")
            ?? throw new InvalidOperationException($"The resource 'default-playbook.json' is not embedded in {typeof(Workloads).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Generates a rejected application with <paramref name="contacts"/> contacts and <paramref name="touchpoints"/>
    /// touchpoints (the last one the rejection) dated over the <paramref name="days"/> days up to <see cref="Today"/>.
    /// </summary>
    /// <param name="name">The workload's name.</param>
    /// <param name="contacts">The number of contacts; at least 1.</param>
    /// <param name="touchpoints">The number of touchpoints, the rejection included; at least 1.</param>
    /// <param name="days">How many days before <see cref="Today"/> the application was made; at least 10.</param>
    /// <returns>The workload.</returns>
    public static Workload Generate(string name, int contacts, int touchpoints, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contacts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(touchpoints, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 10);
        var random = new Random(Seed);
        LocalDate applied = Today.PlusDays(-days);
        LocalDate rejectedOn = Today.PlusDays(-5);

        var people = new Contact[contacts];
        for (int i = 0; i < contacts; i++)
        {
            string id = "c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            people[i] = new Contact(
                id,
                CompanyId,
                "Person " + id,
                [Roles[i % Roles.Length]],
                email: $"{id}@acme.example",
                linkedInUrl: random.Next(2) == 0 ? $"https://www.linkedin.com/in/{id}" : null,
                postalAddress: random.Next(3) == 0 ? $"{id}, 1 Acme Way, London" : null,
                timeZoneId: random.Next(2) == 0 ? "Europe/Berlin" : null);
        }

        var dates = new LocalDate[touchpoints - 1];
        for (int i = 0; i < dates.Length; i++)
        {
            // Before the rejection, so the story reads in order; the date range is the application's whole life.
            dates[i] = applied.PlusDays(random.Next(days - 5 + 1));
        }

        Array.Sort(dates);
        var all = new List<Touchpoint>(touchpoints);
        for (int i = 0; i < dates.Length; i++)
        {
            all.Add(Story("t" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), dates[i], people, random));
        }

        all.Add(new Touchpoint("rejection", TouchpointKind.Rejection, rejectedOn, applicationId: "app-1"));
        var application = new Application("app-1", CompanyId, "Acme", "Data Analyst", ApplicationStatus.Rejected, applied);
        var seeker = new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]);
        return new Workload(name, new EvaluationInput(application, people, all, seeker), Today);
    }

    private static Touchpoint Story(string id, LocalDate date, Contact[] people, Random random)
    {
        TouchpointKind kind = StoryKinds[random.Next(StoryKinds.Length)];
        if (!TouchpointKinds.NeedsContact(kind))
        {
            return new Touchpoint(id, kind, date);
        }

        string[] with = kind == TouchpointKind.Interview
            ? Interviewers(people, random)
            : [people[random.Next(people.Length)].Id];

        // Mostly positive or neutral replies; an occasional "no" exercises the stop rule.
        ReplyOutcome? outcome = kind == TouchpointKind.Reply
            ? random.Next(10) switch { 0 => ReplyOutcome.No, < 5 => ReplyOutcome.Neutral, _ => ReplyOutcome.Yes }
            : null;
        return new Touchpoint(id, kind, date, with, applicationId: "app-1", outcome: outcome);
    }

    private static string[] Interviewers(Contact[] people, Random random)
    {
        // One to three distinct interviewers, never more than there are contacts.
        int count = Math.Min(people.Length, 1 + random.Next(3));
        int first = random.Next(people.Length);
        var ids = new string[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = people[(first + i) % people.Length].Id;
        }

        return ids;
    }
}
