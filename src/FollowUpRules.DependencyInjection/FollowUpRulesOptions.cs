using System.Globalization;
using FollowUpRules.Engine;
using FollowUpRules.Rules;

namespace FollowUpRules.DependencyInjection;

/// <summary>
/// Which playbook an engine registered by <see cref="FollowUpRulesServiceCollectionExtensions"/> runs: one set in code,
/// one read from a JSON file, or, when neither is set, <see cref="DefaultPlaybook.Instance"/>.
/// </summary>
/// <remarks>
/// <para>The options are validated at startup (<c>ValidateOnStart</c>): the playbook is loaded and checked then, and every
/// problem is reported at once in an <c>OptionsValidationException</c>. Setting both <see cref="Playbook"/> and
/// <see cref="PlaybookPath"/> is an error, as is a blank path.</para>
/// <para>From configuration, <c>PlaybookPath</c> and <c>Culture</c> (a culture name such as <c>de-DE</c>) are read; any other
/// key in the section, or a culture .NET does not know, is reported as an error, so a misspelt key cannot silently fall
/// back to the default playbook or to English.</para>
/// </remarks>
public sealed class FollowUpRulesOptions
{
    /// <summary>The configuration section the documentation uses: <c>FollowUpRules</c>.</summary>
    public const string SectionName = "FollowUpRules";

    /// <summary>Gets or sets the playbook, built in code (for example with <see cref="PlaybookBuilder"/>).</summary>
    /// <value>Defaults to <see langword="null"/>: the playbook comes from <see cref="PlaybookPath"/>, or is the default playbook.</value>
    public Playbook? Playbook { get; set; }

    /// <summary>Gets or sets the path of a playbook JSON file (see the playbook file format), relative to the current directory or absolute.</summary>
    /// <value>Defaults to <see langword="null"/>: the playbook is <see cref="Playbook"/>, or the default playbook.</value>
    public string? PlaybookPath { get; set; }

    /// <summary>
    /// Gets or sets the language of the text <see cref="IFollowUpService"/> writes for the seeker
    /// (<see cref="IFollowUpService.Summarize"/>, <see cref="IFollowUpService.Explain"/>): English, Spanish and German
    /// are shipped, a culture is matched like any .NET resource (<c>de-AT</c> reads German), and one with no translation
    /// reads English.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: <see cref="CultureInfo.CurrentUICulture"/> at each call, which ASP.NET Core's
    /// request localization sets for each request. Set it for an app whose every seeker reads one language.
    /// </value>
    public CultureInfo? Culture { get; set; }

    /// <summary>Gets the problems found while reading the options from configuration, reported by the validator.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>Gets or sets the playbook the validator loaded and checked; the engine is built from it.</summary>
    internal Playbook? ValidatedPlaybook { get; set; }
}
