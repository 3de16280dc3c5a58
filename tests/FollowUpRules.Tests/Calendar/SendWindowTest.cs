using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.Support;
using FollowUpRules.Testing;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Calendar;

public class SendWindowTest
{
    // Real transitions: the window's start falls in a gap (the first moment after the gap), in an overlap (the earlier
    // instant), or on an ordinary day (unchanged); a window wholly inside a gap moves to the next day. Sao Paulo has had no
    // DST since 2019.
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29", "02:30", "23:00", "2026-03-29T03:00:00+02")] // gap 02:00-03:00
    [InlineData("Europe/Berlin", "2026-03-29", "02:00", "02:45", "2026-03-30T02:00:00+02")] // the whole window in the gap
    [InlineData("Europe/Berlin", "2026-03-29", "02:30", "03:15", "2026-03-29T03:00:00+02")] // 03:00 is still inside
    [InlineData("Europe/Berlin", "2026-10-25", "02:30", "23:00", "2026-10-25T02:30:00+02")] // overlap: earlier (summer) offset
    [InlineData("Europe/Berlin", "2026-10-26", "09:00", "17:00", "2026-10-26T09:00:00+01")]
    [InlineData("Europe/Berlin", "2027-03-28", "02:30", "23:00", "2027-03-28T03:00:00+02")] // 2027 gap
    [InlineData("Europe/Berlin", "2027-10-31", "02:30", "23:00", "2027-10-31T02:30:00+02")] // 2027 overlap
    [InlineData("Europe/London", "2026-03-29", "01:15", "23:00", "2026-03-29T02:00:00+01")] // gap 01:00-02:00
    [InlineData("Europe/London", "2027-03-28", "01:00", "01:59", "2027-03-29T01:00:00+01")] // the whole window in the gap
    [InlineData("Europe/London", "2027-10-31", "01:30", "23:00", "2027-10-31T01:30:00+01")] // overlap
    [InlineData("America/New_York", "2026-03-08", "02:00", "23:00", "2026-03-08T03:00:00-04")] // gap 02:00-03:00
    [InlineData("America/New_York", "2027-03-14", "02:15", "02:45", "2027-03-15T02:15:00-04")] // the whole window in the gap
    [InlineData("America/New_York", "2026-11-01", "01:30", "23:00", "2026-11-01T01:30:00-04")] // overlap: EDT, not EST
    [InlineData("America/New_York", "2027-03-14", "09:00", "17:00", "2027-03-14T09:00:00-04")]
    [InlineData("America/New_York", "2027-11-07", "01:30", "23:00", "2027-11-07T01:30:00-04")] // 2027 overlap
    [InlineData("Australia/Sydney", "2026-04-05", "02:30", "23:00", "2026-04-05T02:30:00+11")] // overlap 02:00-03:00
    [InlineData("Australia/Sydney", "2026-10-04", "02:30", "23:00", "2026-10-04T03:00:00+11")] // gap 02:00-03:00
    [InlineData("Australia/Sydney", "2027-04-04", "02:30", "23:00", "2027-04-04T02:30:00+11")] // 2027 overlap
    [InlineData("Australia/Sydney", "2027-10-03", "02:30", "23:00", "2027-10-03T03:00:00+11")] // 2027 gap
    [InlineData("Australia/Lord_Howe", "2026-04-05", "01:45", "23:00", "2026-04-05T01:45:00+11")] // 30-minute overlap 01:30-02:00
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "23:00", "2026-10-04T02:30:00+11")] // 30-minute gap 02:00-02:30
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:00", "02:30", "2026-10-05T02:00:00+11")] // the whole window in the gap
    [InlineData("Australia/Lord_Howe", "2027-10-03", "09:00", "17:00", "2027-10-03T09:00:00+11")]
    [InlineData("Australia/Lord_Howe", "2027-04-04", "01:45", "23:00", "2027-04-04T01:45:00+11")] // 2027 overlap 01:30-02:00
    [InlineData("Australia/Lord_Howe", "2027-10-03", "02:15", "23:00", "2027-10-03T02:30:00+11")] // 2027 gap 02:00-02:30
    [InlineData("America/Sao_Paulo", "2026-11-01", "09:00", "17:00", "2026-11-01T09:00:00-03")]
    [InlineData("America/Sao_Paulo", "2027-02-21", "09:00", "17:00", "2027-02-21T09:00:00-03")]
    public void SendTime_IsTheFirstMomentOfTheWindowThatExists_AcrossDaylightSavingChanges(string zoneId, string date, string start, string end, string expected)
    {
        LocalTimePattern hours = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
        var window = new SendWindow(hours.Parse(start).Value, hours.Parse(end).Value);

        ZonedDateTime sendAt = window.SendTime(LocalDatePattern.Iso.Parse(date).Value, DateTimeZoneProviders.Tzdb[zoneId]);

        OffsetDateTimePattern.GeneralIso.Format(sendAt.ToOffsetDateTime()).ShouldBe(expected);
    }

    // SendTime maps most days without NodaTime's mapping (when no offset change is near): every day of 2010-2013 and of
    // 2026, in zones with gaps, overlaps, half-hour changes, changes at midnight and a skipped day (Apia, 2011-12-30), must
    // give what resolving each day with NodaTime's own resolvers gives.
    [Theory]
    [InlineData("09:00", "17:00")]
    [InlineData("00:00", "01:00")]
    [InlineData("02:30", "03:00")]
    [InlineData("23:30", "23:59")]
    public void SendTime_EqualsNodaTimesResolvers_OnEveryDay(string start, string end)
    {
        LocalTimePattern hours = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
        var window = new SendWindow(hours.Parse(start).Value, hours.Parse(end).Value);
        NodaTime.TimeZones.ZoneLocalMappingResolver resolver = NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnStartOfIntervalAfter);
        string[] zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo", "Pacific/Apia", "Asia/Tehran", "UTC", "Asia/Kolkata"];
        foreach (string zoneId in zones)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
            foreach ((LocalDate from, LocalDate to) in new[] { (new LocalDate(2010, 1, 1), new LocalDate(2013, 12, 31)), (new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)) })
            {
                for (LocalDate date = from; date <= to; date = date.PlusDays(1))
                {
                    window.SendTime(date, zone).ShouldBe(Reference(date, zone), $"{zoneId} {date}");
                }
            }
        }

        ZonedDateTime Reference(LocalDate date, DateTimeZone zone)
        {
            for (LocalDate day = date; ; day = day.PlusDays(1))
            {
                ZonedDateTime sendAt = day.At(window.Start).InZone(zone, resolver);
                if (sendAt.Date == day && sendAt.TimeOfDay < window.End)
                {
                    return sendAt;
                }
            }
        }
    }

    [Fact]
    public void SendTime_IsAlwaysInsideTheWindow_OnTheDayOrTheFirstLaterDayTheWindowExists()
    {
        Gen<(DateTimeZone Zone, LocalDate Day, SendWindow Window)> cases =
            from zone in FollowUpGenerators.Zone()
            from day in FollowUpGenerators.DayNearClockChange(zone)
            from window in PlaybookGenerators.SendWindow()
            select (zone, day, window);

        Check.One(
            Properties.Quiet(2_000),
            Prop.ForAll(Arb.From(cases), c =>
            {
                ZonedDateTime sendAt = c.Window.SendTime(c.Day, c.Zone);

                sendAt.Zone.ShouldBe(c.Zone);
                sendAt.TimeOfDay.ShouldBeGreaterThanOrEqualTo(c.Window.Start, $"{c}: {sendAt}");
                sendAt.TimeOfDay.ShouldBeLessThan(c.Window.End, $"{c}: {sendAt}");
                sendAt.Date.ShouldBeGreaterThanOrEqualTo(c.Day);
                for (LocalDate earlier = c.Day; earlier < sendAt.Date; earlier = earlier.PlusDays(1))
                {
                    PlaybookInvariant.WindowExists(c.Window, earlier, c.Zone).ShouldBeFalse($"{c}: sent at {sendAt}, but the window exists on {earlier}");
                }

                if (sendAt.Date == c.Day && c.Zone.MapLocal(c.Day.At(c.Window.Start)).Count > 0)
                {
                    sendAt.TimeOfDay.ShouldBe(c.Window.Start, "the start exists, so the message goes at the start");
                }
            }));
    }

    [Theory]
    [InlineData(17, 9)]
    [InlineData(9, 9)] // empty: no time is both from 09:00 and before 09:00
    public void SendTime_OfAWindowWithoutTime_Throws(int start, int end)
    {
        Should.Throw<InvalidOperationException>(() => new SendWindow(new LocalTime(start, 0), new LocalTime(end, 0)).SendTime(D(2026, 11, 23), Zone))
            .Message.ShouldBe($"The send window {start:00}:00-{end:00}:00 has no time in it: its start must be before its end.");
    }

    [Fact]
    public void SendTime_NoZone_Throws()
    {
        Should.Throw<ArgumentNullException>(() => SendWindow.OfficeHours.SendTime(D(2026, 11, 23), null!)).ParamName.ShouldBe("zone");
    }

    // The end is exclusive: a window that ends at the moment the clocks land (Berlin, 02:00 to 03:00 on Sun 2026-03-29)
    // has no time that day, so the message goes on Monday at 02:00.
    [Fact]
    public void SendTime_WindowEndingWhereTheGapEnds_MovesToTheNextDay()
    {
        new SendWindow(new LocalTime(2, 0), new LocalTime(3, 0)).SendTime(D(2026, 3, 29), DateTimeZoneProviders.Tzdb["Europe/Berlin"])
            .ToOffsetDateTime().ShouldBe(new LocalDateTime(2026, 3, 30, 2, 0).WithOffset(Offset.FromHours(2)));
    }

    [Fact]
    public void Recommendation_ForAPerson_SendsAtTheWindowStartInTheirZone_ElseTheSeekers()
    {
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, D(2026, 11, 2)),
            [
                new Contact("ana", "acme", "Ana", email: "ana@acme.example", timeZoneId: "America/New_York"),
                new Contact("ben", "acme", "Ben", email: "ben@acme.example"),
            ],
            [new Touchpoint("t1", TouchpointKind.Interview, D(2026, 11, 20), ["ana", "ben"])],
            new Seeker(Zone));
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 21, 12, 0)));

        Evaluation evaluation = engine.Evaluate(input, D(2026, 11, 21));

        Recommendation ana = evaluation.Single("interview-thank-you", "ana");
        ana.SendAt.ShouldBe(new LocalDateTime(2026, 11, 23, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["America/New_York"]));
        ana.Explanation.Lines.ShouldContain("Send at 09:00 on Mon 2026-11-23 in Ana's time zone, America/New_York, the start of the send window 09:00-17:00; that is Mon 2026-11-23 14:00 your time.");
        Recommendation ben = evaluation.Single("interview-thank-you", "ben");
        ben.SendAt!.Value.Zone.ShouldBe(Zone);
        ben.Explanation.Lines.ShouldContain("Send at 09:00 on Mon 2026-11-23 in your time zone (Europe/London; Ben's is unknown), the start of the send window 09:00-17:00.");
    }

    [Fact]
    public void Evaluate_StepForTheSeekerOrTheCompany_HasNoSendTime()
    {
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Rejected, D(2026, 11, 2)),
            [new Contact("ana", "acme", "Ana", [ContactRole.HiringManager], email: "ana@acme.example")],
            [new Touchpoint("t1", TouchpointKind.Interview, D(2026, 11, 10), ["ana"]), new Touchpoint("t2", TouchpointKind.Rejection, D(2026, 11, 16))],
            new Seeker(Zone));

        Evaluation evaluation = new FollowUpEngine(DefaultPlaybook.Instance, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 17, 12, 0))).Evaluate(input, D(2026, 11, 17));

        Recommendation[] notToAPerson = [.. evaluation.Recommendations.Where(r => r.Target.Kind != TargetKind.Person)];
        notToAPerson.Select(r => r.Target.Kind).Distinct().Order().ShouldBe([TargetKind.Seeker, TargetKind.Company]);
        notToAPerson.ShouldAllBe(r => r.SendAt == null);
        notToAPerson.ShouldAllBe(r => !r.Explanation.Lines.Any(l => l.StartsWith("Send at", StringComparison.Ordinal)));
        evaluation.Recommendations.Where(r => r.Target.Kind == TargetKind.Person).ShouldAllBe(r => r.SendAt != null);
    }

    [Theory]
    [InlineData("02:30", "03:15", "2026-03-29T03:00:00+02", "Send at 03:00 (the clocks change that night, so 02:30 does not exist; 03:00 is the first moment of the window) on Sun 2026-03-29 in Ana's time zone, Europe/Berlin, the start of the send window 02:30-03:15; that is Sun 2026-03-29 02:00 your time.")]
    [InlineData("02:00", "02:45", "2026-03-30T02:00:00+02", "Send at 02:00 (the clocks change on Sun 2026-03-29 and skip the whole window that day) on Mon 2026-03-30 in Ana's time zone, Europe/Berlin, the start of the send window 02:00-02:45; that is Mon 2026-03-30 01:00 your time.")]
    public void Evaluate_ClocksSkipTheStartOfTheWindow_SendsAtItsFirstMomentThatExists_AndSaysSo(string start, string end, string expected, string sentence)
    {
        // The thank-you is due on Sunday Mar 29, the night Berlin's clocks jump from 02:00 to 03:00.
        Recommendation ana = ThankYouToAnaInBerlin(start, end, D(2026, 3, 28));

        ana.Due.ShouldBe(D(2026, 3, 29));
        OffsetDateTimePattern.GeneralIso.Format(ana.SendAt!.Value.ToOffsetDateTime()).ShouldBe(expected);
        ana.Explanation.Lines.ShouldContain(sentence);
    }

    [Fact]
    public void Evaluate_ClocksRepeatTheStartOfTheWindow_SendsAtItsFirstOccurrence()
    {
        // Berlin's clocks go back from 03:00 to 02:00 on Sun 2026-10-25, so 02:30 happens twice: first at +02 (00:30 UTC),
        // then at +01. The step is sent at the first, which is 01:30 in London (still on summer time until 01:00 UTC).
        Recommendation ana = ThankYouToAnaInBerlin("02:30", "03:15", D(2026, 10, 24));

        ana.Due.ShouldBe(D(2026, 10, 25));
        OffsetDateTimePattern.GeneralIso.Format(ana.SendAt!.Value.ToOffsetDateTime()).ShouldBe("2026-10-25T02:30:00+02");
        ana.SendAt.Value.ToInstant().ShouldBe(Instant.FromUtc(2026, 10, 25, 0, 30));
        ana.SendAt.Value.Zone.Id.ShouldBe("Europe/Berlin");
        ana.Explanation.Lines.ShouldContain("Send at 02:30 on Sun 2026-10-25 in Ana's time zone, Europe/Berlin, the start of the send window 02:30-03:15; that is Sun 2026-10-25 01:30 your time.");
    }

    // The thank-you for an interview with Ana (Europe/Berlin) on `interview`, evaluated that day, under a playbook with a
    // seven-day week (so it is due the next day, whatever day that is) and the given send window.
    private static Recommendation ThankYouToAnaInBerlin(string start, string end, LocalDate interview)
    {
        LocalTimePattern hours = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithWorkingWeek(WorkingWeek.Of([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
            .WithSendWindow(new SendWindow(hours.Parse(start).Value, hours.Parse(end).Value))
            .Build();
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, interview.PlusDays(-26)),
            [new Contact("ana", "acme", "Ana", email: "ana@acme.example", timeZoneId: "Europe/Berlin")],
            [new Touchpoint("t1", TouchpointKind.Interview, interview, ["ana"])],
            new Seeker(Zone));
        return Properties.Engine(playbook).Evaluate(input, interview).Single("interview-thank-you", "ana");
    }

    [Fact]
    public void Playbook_SendWindowStartingAtOrAfterItsEnd_IsInvalid_InCodeAndInJson()
    {
        var playbook = new Playbook("p", "P", 1, DefaultPlaybook.Instance.Rules, sendWindow: new SendWindow(new LocalTime(17, 0), new LocalTime(9, 0)));

        new PlaybookValidator().Validate(playbook).Errors.ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("The send window starts at 17:00, which is not before its end, 09:00; give a start before the end, such as 09:00 to 17:00.");

        string json = PlaybookJson.Save(DefaultPlaybook.Instance).Replace("\"version\": 1,", "\"version\": 1,\n  \"sendWindow\": { \"start\": \"17:00\", \"end\": \"9am\" },", StringComparison.Ordinal);
        Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json)).Errors.Select(e => e.ToString()).ShouldBe(
            ["sendWindow.end: '9am' is not a time of day; write it \"09:00\" or \"17:30\" (24-hour clock, hours and minutes)."]);
        json = json.Replace("\"9am\"", "\"08:30\"", StringComparison.Ordinal);
        Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json)).Errors.Select(e => e.ToString()).ShouldBe(
            ["sendWindow: The send window starts at 17:00, which is not before its end, 08:30; give a start before the end, such as 09:00 to 17:00."]);
    }

    [Fact]
    public void Playbook_CustomSendWindow_RoundTripsThroughJsonAndTheBuilder()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance).WithSendWindow(new SendWindow(new LocalTime(10, 30), new LocalTime(16, 0))).Build();

        string json = PlaybookJson.Save(playbook);

        json.ShouldContain("\"sendWindow\": {\n    \"start\": \"10:30\",\n    \"end\": \"16:00\"\n  }");
        PlaybookJson.Load(json).ShouldBe(playbook);
        PlaybookBuilder.From(playbook).Build().SendWindow.ShouldBe(playbook.SendWindow);
    }
}
