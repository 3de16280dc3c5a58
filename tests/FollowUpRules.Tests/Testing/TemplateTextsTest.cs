using FollowUpRules.Drafts;
using FollowUpRules.Testing;
using FollowUpRules.Validation;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Testing;

/// <summary>The kit's template generators make what they promise: valid texts that pass the check, and a hostile mix of both.</summary>
public class TemplateTextsTest
{
    [Fact]
    public void Valid_EveryText_PassesTheTemplateCheck()
    {
        string[] texts = TemplateTexts.Valid().Sample(300, 20);

        texts.Length.ShouldBe(300);
        foreach (string text in texts)
        {
            text.ShouldNotBeNullOrWhiteSpace();
            LiquidTemplateChecker.Instance.Check(text).Problems.ShouldBeEmpty(text);
        }
    }

    [Theory]
    [InlineData("company", "role", "rejection_reason")]
    [InlineData("posting_title")]
    [InlineData]
    public void Valid_WithValues_PassesTheCheck_AndNamesNoOtherValue(params string[] values)
    {
        string[] texts = TemplateTexts.Valid(values).Sample(300, 20);

        foreach (string text in texts)
        {
            DraftTemplateCheck check = LiquidTemplateChecker.Instance.Check(text);
            check.Problems.ShouldBeEmpty(text);
            check.Values.ShouldAllBe(v => values.Contains(v), text);
        }

        (texts.Count(t => LiquidTemplateChecker.Instance.Check(t).Values.Count > 0) > 0).ShouldBe(values.Length > 0);
    }

    [Fact]
    public void Valid_NotAValue_IsRefused()
    {
        Should.Throw<ArgumentException>(() => TemplateTexts.Valid(["first_nme"])).ParamName.ShouldBe("values");
    }

    [Fact]
    public void Hostile_Texts_AreSometimesRefusedAndSometimesNot()
    {
        string[] texts = TemplateTexts.Hostile().Sample(500, 20);

        texts.Length.ShouldBe(500);
        texts.Count(t => LiquidTemplateChecker.Instance.Check(t).Problems.Count > 0).ShouldBeGreaterThan(100);
        texts.Count(t => LiquidTemplateChecker.Instance.Check(t).Problems.Count == 0).ShouldBeGreaterThan(5);
    }
}
