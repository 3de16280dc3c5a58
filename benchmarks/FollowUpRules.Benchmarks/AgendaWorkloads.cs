using System.Globalization;
using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// The agenda workloads: many applications for one seeker, generated deterministically from <see cref="Workloads.Seed"/>
/// and the number of applications, as <see cref="Workloads"/> generates one application.
/// </summary>
/// <remarks>
/// <para>Four applications to a company on average, each company with two or three contacts (hiring manager, recruiter,
/// team member) shared by its applications, half of them in another time zone. Each application is in one of the five
/// states of a real search, in turn: just applied (status follow-up pending), interviewed last week (thank-yous due or
/// done), rejected within the last ten days, rejected months ago (notes, congratulations and LinkedIn steps done, the
/// long-term cadences running), and ghosted (the last interview two to three months ago, nothing since: the
/// silent-rejection rule fires). Every application is valid input for the default playbook on <see cref="Workloads.Today"/>.</para>
/// </remarks>
public static class AgendaWorkloads
{
    /// <summary>The application counts of the agenda benchmarks: a very active search, then the two sizes the targets name.</summary>
    public static readonly int[] Sizes = [1_000, 10_000, 100_000];

    private static readonly string[] Zones = ["Europe/London", "Europe/Berlin", "America/New_York", "Australia/Sydney"];

    /// <summary>Generates <paramref name="applications"/> applications at <c>applications / 4</c> companies (at least one).</summary>
    /// <param name="applications">The number of applications; at least 1.</param>
    /// <returns>The inputs, one per application, ordered by application id.</returns>
    public static EvaluationInput[] Generate(int applications)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(applications, 1);
        var random = new Random(Workloads.Seed + applications);
        var seeker = new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]);
        int companies = Math.Max(1, applications / 4);
        var staff = new Contact[companies][];
        for (int c = 0; c < companies; c++)
        {
            staff[c] = Staff(Id("co", c), random);
        }

        var inputs = new EvaluationInput[applications];
        for (int a = 0; a < applications; a++)
        {
            int company = random.Next(companies);
            inputs[a] = Story(Id("app", a), staff[company], (a % 5), random, seeker);
        }

        return inputs;
    }

    private static Contact[] Staff(string company, Random random)
    {
        ContactRole[] roles = random.Next(3) == 0 ? [ContactRole.HiringManager, ContactRole.Recruiter] : [ContactRole.HiringManager, ContactRole.Recruiter, ContactRole.TeamMember];
        string? zone = random.Next(2) == 0 ? Zones[random.Next(Zones.Length)] : null;
        var people = new Contact[roles.Length];
        for (int i = 0; i < roles.Length; i++)
        {
            string id = $"{company}-p{i + 1}";
            people[i] = new Contact(
                id,
                company,
                $"Person {i + 1} of {company}",
                [roles[i]],
                email: $"p{i + 1}@{company}.example",
                linkedInUrl: random.Next(2) == 0 ? $"https://www.linkedin.com/in/{id}" : null,
                postalAddress: random.Next(3) == 0 ? $"{id}, 1 Main Street" : null,
                timeZoneId: zone);
        }

        return people;
    }

    private static EvaluationInput Story(string id, Contact[] people, int state, Random random, Seeker seeker)
    {
        LocalDate today = Workloads.Today;
        string company = people[0].CompanyId;
        var touchpoints = new List<Touchpoint>();
        int n = 0;
        string Next() => $"{id}-t{++n}";
        void Add(TouchpointKind kind, LocalDate date, string[]? with = null, ReplyOutcome? outcome = null) =>
            touchpoints.Add(new Touchpoint(Next(), kind, date, with, applicationId: id, outcome: outcome));

        string[] interviewers = [.. people.Take(1 + random.Next(people.Length)).Select(p => p.Id)];
        ApplicationStatus status;
        LocalDate applied;
        switch (state)
        {
            case 0: // Just applied: nothing back yet, maybe one follow-up sent.
                applied = today.PlusDays(-random.Next(3, 21));
                status = ApplicationStatus.Applied;
                if (random.Next(2) == 0 && applied.PlusDays(8) <= today)
                {
                    Add(TouchpointKind.StatusFollowUp, applied.PlusDays(8), [people[0].Id]);
                }

                break;

            case 1: // Interviewed in the last week; some thank-yous already sent.
                applied = today.PlusDays(-random.Next(20, 60));
                status = ApplicationStatus.Interviewing;
                LocalDate interviewed = today.PlusDays(-random.Next(1, 8));
                Add(TouchpointKind.Interview, interviewed, interviewers);
                foreach (string person in interviewers.Where(_ => random.Next(2) == 0))
                {
                    Add(TouchpointKind.ThankYouEmail, interviewed.PlusDays(1) <= today ? interviewed.PlusDays(1) : interviewed, [person]);
                }

                break;

            case 2: // Rejected within the last ten days, after one or two interviews.
                applied = today.PlusDays(-random.Next(40, 90));
                status = ApplicationStatus.Rejected;
                Add(TouchpointKind.Interview, applied.PlusDays(14), interviewers);
                Add(TouchpointKind.ThankYouEmail, applied.PlusDays(15), [interviewers[0]]);
                Add(TouchpointKind.Rejection, today.PlusDays(-random.Next(0, 10)));
                break;

            case 3: // Rejected months ago: the after-rejection steps done, the long-term cadences running.
                applied = today.PlusDays(-random.Next(150, 400));
                status = ApplicationStatus.Rejected;
                LocalDate rejected = applied.PlusDays(40);
                Add(TouchpointKind.Interview, applied.PlusDays(20), interviewers);
                Add(TouchpointKind.Rejection, rejected);
                Add(TouchpointKind.JournalEntry, rejected);
                foreach (string person in interviewers)
                {
                    Add(TouchpointKind.ThankYouNote, rejected.PlusDays(3), [person]);
                    Add(TouchpointKind.Congratulations, rejected.PlusDays(10), [person]);
                    Add(TouchpointKind.Reply, rejected.PlusDays(12), [person], random.Next(4) == 0 ? ReplyOutcome.Neutral : ReplyOutcome.Yes);
                }

                Add(TouchpointKind.SocialFollow, rejected.PlusDays(5));
                if (random.Next(2) == 0)
                {
                    Add(TouchpointKind.CheckIn, rejected.PlusDays(100) <= today ? rejected.PlusDays(100) : today, [interviewers[0]]);
                }

                break;

            default: // Ghosted: interviewed two to three months ago, nothing since.
                applied = today.PlusDays(-random.Next(90, 120));
                status = ApplicationStatus.Interviewing;
                LocalDate last = today.PlusDays(-random.Next(60, 90));
                Add(TouchpointKind.Interview, last, interviewers);
                Add(TouchpointKind.ThankYouEmail, last.PlusDays(1), [interviewers[0]]);
                break;
        }

        var application = new Application(id, company, "Company " + company, "Data Analyst", status, applied);
        return new EvaluationInput(application, people, touchpoints, seeker);
    }

    private static string Id(string prefix, int index) => prefix + index.ToString("D6", CultureInfo.InvariantCulture);
}
