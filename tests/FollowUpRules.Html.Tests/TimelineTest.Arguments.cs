using FollowUpRules.Domain;
using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    [Fact]
    public void ForPlans_TwoApplicationsWithOneId_AreRefused()
    {
        Should.Throw<ArgumentException>(() => Timeline.ForPlans([Sample.Applications[0], Sample.Applications[0]], []))
            .Message.ShouldStartWith("Two applications have the id 'globex-analyst'; ids must be unique.");
    }

    [Fact]
    public void ForPlans_APlanOfAnApplicationNotGiven_IsRefused()
    {
        Should.Throw<ArgumentException>(() => Timeline.ForPlans(Sample.Applications.Skip(1), Sample.Plans))
            .Message.ShouldStartWith("The plan of 'globex-analyst' has no application among those given.");
    }

    [Fact]
    public void ForPlans_TwoPlansOfOneApplication_AreRefused()
    {
        Should.Throw<ArgumentException>(() => Timeline.ForPlans(Sample.Applications, [Sample.Plans[0], Sample.Plans[0]]))
            .Message.ShouldStartWith("The application 'globex-analyst' has two plans; give one.");
    }

    [Fact]
    public void ForPlans_PlansMadeOnDifferentDays_AreRefused()
    {
        Plan later = new FollowUpPlanner(Sample.Engine).Project(Sample.Inputs[1], Sample.Today.PlusDays(1), Period.FromMonths(3));

        Should.Throw<ArgumentException>(() => Timeline.ForPlans(Sample.Applications, [Sample.Plans[0], later]))
            .Message.ShouldStartWith("The plans start on different days (Mon 2026-11-23 and Tue 2026-11-24); a timeline shows plans made on one day.");
    }

    [Fact]
    public void ForPlans_NullArguments_AreRefused()
    {
        Should.Throw<ArgumentNullException>(() => Timeline.ForPlans(null!, [])).ParamName.ShouldBe("applications");
        Should.Throw<ArgumentNullException>(() => Timeline.ForPlans([], null!)).ParamName.ShouldBe("plans");
        Should.Throw<ArgumentNullException>(() => Timeline.ForPlans([null!], [])).ParamName.ShouldBe("applications");
        Should.Throw<ArgumentNullException>(() => Timeline.ForPlans(Sample.Applications, [null!])).ParamName.ShouldBe("plans");
        Should.Throw<ArgumentNullException>(() => Timeline.ForAgenda([], null!)).ParamName.ShouldBe("agenda");
        Should.Throw<ArgumentNullException>(() => Sample.PlanTimeline().WriteHtml(null!)).ParamName.ShouldBe("writer");
    }

    [Fact]
    public void ForAgenda_AStepOfAnApplicationNotGiven_IsRefused()
    {
        Should.Throw<ArgumentException>(() => Timeline.ForAgenda(Sample.Applications.Where(a => a.Id != "hooli-analyst"), Sample.Agenda))
            .Message.ShouldStartWith("The agenda has a step for 'hooli-analyst', which is not among the applications given.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1fur")]
    [InlineData("fur prefix")]
    [InlineData("fur\"><script>")]
    [InlineData("a23456789012345678901234567890123")]
    public void ForPlans_AnIdPrefixThatIsNotAName_IsRefused(string prefix)
    {
        Should.Throw<ArgumentException>(() => Timeline.ForPlans(Sample.Applications, Sample.Plans, options: new TimelineOptions { IdPrefix = prefix }))
            .Message.ShouldStartWith($"The id prefix '{prefix}' is not valid: it must be a letter, then letters, digits or hyphens, up to 32 characters in all.");
    }

    [Fact]
    public void ForPlans_NoPlans_IsAPageThatSaysSo()
    {
        var page = Dom.Document(Timeline.ForPlans(Array.Empty<Application>(), []));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Your follow-up plan");
        page.Body!.TextContent.ShouldContain("No applications to show.");
        Dom.Steps(page).ShouldBeEmpty();
    }
}
