using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli;

/// <summary>
/// Examples in every command's <c>--help</c>: System.CommandLine's help, then an "Examples:" section with the command's
/// lines from <see cref="Of"/>.
/// </summary>
internal static class Help
{
    /// <summary>The examples of each command, by its path from the root ("add contact").</summary>
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        [string.Empty] = ["followup init ~/job-search && cd ~/job-search", "followup import applications.csv", "followup agenda", "followup list"],
        ["agenda"] = ["followup agenda", "followup agenda --format json", "followup agenda --today 2026-11-23 --file ~/job-search/pipeline.json"],
        ["next"] = ["followup next initech-engineer"],
        ["draft"] = ["followup draft umbrella-pm", "followup draft umbrella-pm --step 3", "followup draft umbrella-pm --format json"],
        ["plan"] = ["followup plan", "followup plan globex-analyst --months 6"],
        ["log"] = ["followup log initech-engineer Interview --contact ana-ruiz --contact ben-okafor --date 2026-11-20", "followup log initech-engineer ThankYouEmail --contact ana-ruiz", "followup log globex-analyst Reply --contact rita --outcome Yes", "followup log umbrella-pm Snooze --until 2026-12-07", "followup log acme-analyst Rejection --reason HiringPaused"],
        ["validate"] = ["followup validate pipeline.json", "followup validate playbook.json --format json"],
        ["export-ics"] = ["followup export-ics --output followups.ics", "followup export-ics --months 6 --output followups.ics"],
        ["init"] = ["followup init ~/job-search", "followup init ~/job-search --zone America/New_York", "followup init ~/try-it --sample"],
        ["add"] = ["followup add application Initech \"Software Engineer\"", "followup add contact initech-software-engineer \"Ana Ruiz\" --role HiringManager --email ana@initech.example"],
        ["add application"] = ["followup add application Initech \"Software Engineer\"", "followup add application Globex \"Data Analyst\" --applied 2026-11-13 --status Interviewing", "followup add application Initech \"Tech Lead\" --id initech-lead"],
        ["add contact"] = ["followup add contact initech-software-engineer \"Ana Ruiz\" --role HiringManager --email ana@initech.example", "followup add contact initech-software-engineer \"Ben Okafor\" --role TeamMember --address \"Initech, 1 Office Park, London\"", "followup add contact globex-data-analyst \"Rita Chen\" --role Recruiter --time-zone America/New_York"],
        ["edit"] = ["followup edit application initech-software-engineer --role \"Senior Software Engineer\"", "followup edit contact initech-software-engineer ana-ruiz --email ana.ruiz@initech.example"],
        ["edit application"] = ["followup edit application initech-software-engineer --role \"Senior Software Engineer\"", "followup edit application initech-software-engineer --applied 2026-11-03", "followup edit application initech-software-engineer --id initech-senior"],
        ["edit contact"] = ["followup edit contact initech-software-engineer ana-ruiz --email ana.ruiz@initech.example", "followup edit contact initech-software-engineer ben-okafor --do-not-contact", "followup edit contact initech-software-engineer ana-ruiz --phone \"\"   # clears the phone number"],
        ["remove"] = ["followup remove application initech-software-engineer", "followup remove contact initech-software-engineer ben-okafor --yes"],
        ["remove application"] = ["followup remove application initech-software-engineer", "followup remove application initech-software-engineer --yes"],
        ["remove contact"] = ["followup remove contact initech-software-engineer ben-okafor", "followup remove contact initech-software-engineer ben-okafor --with-touchpoints --yes"],
        ["status"] = ["followup status acme-analyst rejected --reason HiringPaused", "followup status acme-analyst rejected --reason InternalCandidate --date 2026-11-20", "followup status globex-data-analyst Interviewing", "followup status hooli-analyst Withdrawn"],
        ["list"] = ["followup list", "followup list --format json"],
        ["show"] = ["followup show initech-software-engineer", "followup show initech-software-engineer --format json"],
        ["import"] = ["followup import applications.csv", "followup import applications.csv --skip-invalid", "followup import export.csv --day-first"],
        ["undo"] = ["followup undo", "followup undo --force"],
    };

    /// <summary>Makes every command's help end with its examples; a test checks every command has some.</summary>
    public static void AddExamples(RootCommand root)
    {
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new WithExamples((HelpAction)help.Action!);
    }

    /// <summary>The examples of a command, or none.</summary>
    public static IReadOnlyList<string> Of(Command command) =>
        Examples.TryGetValue(PathOf(command), out string[]? lines) ? lines : [];

    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    private sealed class WithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            IReadOnlyList<string> lines = Of(parseResult.CommandResult.Command);
            if (lines.Count > 0)
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(CliText.Get("Help.Examples"));
                foreach (string line in lines)
                {
                    output.WriteLine($"  {line}");
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
