using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Tests.Rules;

public class PlaybookTest
{
    [Fact]
    public void Constructor_SettingsLeftOut_TakeTheDefaults()
    {
        var playbook = new Playbook("mine", "My playbook", 2, DefaultPlaybook.Instance.Rules);

        (playbook.Id, playbook.Name, playbook.Version).ShouldBe(("mine", "My playbook", 2));
        playbook.Rules.ShouldBe(DefaultPlaybook.Instance.Rules);
        playbook.WorkingWeek.ShouldBe(WorkingWeek.MondayToFriday);
        playbook.SendWindow.ShouldBe(SendWindow.OfficeHours);
        playbook.Holidays.ShouldBeEmpty();
        playbook.OutreachLimits.ShouldBe(OutreachLimits.Default);
        new Playbook("empty", "Empty", 1, null).Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Constructor_SettingsGiven_KeepsThem()
    {
        var uk = new HolidayCalendar("uk", "England and Wales", [new AnnualHoliday("Christmas Day", 12, 25)]);
        var week = WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday);
        var window = new SendWindow(new LocalTime(10, 0), new LocalTime(16, 0));
        var limits = new OutreachLimits(2, 1, Period.FromWeeks(1));

        var playbook = new Playbook("mine", "My playbook", 1, [], week, window, [uk], limits);

        (playbook.WorkingWeek, playbook.SendWindow, playbook.OutreachLimits).ShouldBe((week, window, limits));
        playbook.Holidays.ShouldBe([uk]);
    }

    [Fact]
    public void Constructor_NoIdOrName_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new Playbook(null!, "P", 1, null)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => new Playbook("p", null!, 1, null)).ParamName.ShouldBe("name");
    }

    [Fact]
    public void FindRuleAndFindHolidayCalendar_ByExactId_ElseNull()
    {
        var uk = new HolidayCalendar("uk", "England and Wales", null);
        var us = new HolidayCalendar("us", "United States", null, forSeeker: false);
        var playbook = new Playbook("p", "P", 1, DefaultPlaybook.Instance.Rules, holidays: [uk, us]);

        playbook.FindHolidayCalendar("us").ShouldBe(us);
        playbook.FindHolidayCalendar("uk").ShouldBe(uk);
        playbook.FindHolidayCalendar("UK").ShouldBeNull();
        playbook.FindRule("status-follow-up")!.Id.ShouldBe("status-follow-up");
        playbook.FindRule("interview-thank-you")!.Id.ShouldBe("interview-thank-you");
        playbook.FindRule("Status-Follow-Up").ShouldBeNull();
    }

    [Fact]
    public void OutreachLimits_Defaults_AndHowTheyRead()
    {
        OutreachLimits.Default.ShouldBe(new OutreachLimits(5, 3, Period.FromDays(3)));
        OutreachLimits.Default.ToString().ShouldBe("5 a day, 3 per company a week, P3D apart");
        new OutreachLimits(maxPerDay: 8).ShouldBe(new OutreachLimits(8, OutreachLimits.DefaultMaxPerCompanyPerWeek, Period.FromDays(3)));
        new OutreachLimits(2, 1, Period.FromWeeks(1)).ToString().ShouldBe("2 a day, 1 per company a week, P1W apart");
    }
}
