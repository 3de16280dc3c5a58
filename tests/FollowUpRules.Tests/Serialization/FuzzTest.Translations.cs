using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

/// <content>
/// Generated playbooks under fuzzing: mutated files of generated playbooks, every one with translations (and half with
/// templates), loaded with the template checker, end in success or typed errors with paths, within a second; what loads
/// builds an engine and a draft writer.
/// </content>
public partial class FuzzTest
{
    [Fact]
    public void PlaybookJson_MutatedGeneratedTranslatedPlaybooks_LoadOrGiveTypedErrorsWithPaths()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0));
        Gen<byte[]> files = from generated in PlaybookGenerators.Playbook()
                            from playbook in generated.Translations.Count > 0 ? Gen.Constant(generated) : PlaybookGenerators.Translated(generated)
                            from bytes in TextMutations.Mutated(PlaybookJson.Save(playbook))
                            select bytes;
        int translated = 0, refusedTranslation = 0;
        output.WriteLine(Fuzz.Run(Arb.From(files), defaultCases: 300, bytes =>
        {
            Playbook playbook;
            try
            {
                playbook = PlaybookJson.Load(new MemoryStream(bytes), templates: LiquidTemplateChecker.Instance);
            }
            catch (FollowUpFileException e)
            {
                CheckErrors(e);
                refusedTranslation += e.Errors.Any(error => error.Path.StartsWith("translations", StringComparison.Ordinal)) ? 1 : 0;
                return FuzzOutcome.Typed;
            }

            // A playbook that loads is valid: the engine and the draft writer take it without a word.
            _ = new FollowUpEngine(playbook, clock);
            _ = new DraftWriter(playbook);
            translated += playbook.Translations.Count > 0 ? 1 : 0;
            return FuzzOutcome.Ok;
        }));
        output.WriteLine($"loaded with translations: {translated}; refused for a translation among other errors: {refusedTranslation}");
    }
}
