using Spectre.Console.Testing;

namespace FollowUpRules.Cli.Tests;

/// <summary>A terminal a test types into: Spectre.Console's own test console, interactive, keys pushed by the test.</summary>
internal static class Prompts
{
    public static TestConsole Console()
    {
        var console = new TestConsole();
        console.Interactive();
        console.Profile.Width = 120;
        return console;
    }
}
