using FluentValidation;
using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Validation;

/// <content>The checks of a playbook's holiday calendars.</content>
public sealed partial class PlaybookValidator
{
    // Holidays by rule (annual, nth and last weekday) repeat every 400 years, the length of the Gregorian cycle, so one
    // cycle plus the years of explicit dates shows every run of days without a business day the engine can meet.
    private static readonly LocalDate CycleStart = new(2000, 1, 1);
    private static readonly LocalDate CycleEnd = new(2400, 12, 31);

    private static void ValidateHolidays(Playbook playbook, ValidationContext<Playbook> context)
    {
        ValueList<HolidayCalendar> calendars = playbook.Holidays;
        if (calendars.Count > Limits.MaxHolidayCalendars)
        {
            context.AddFailure("Holidays", $"A playbook may hold at most {Limits.MaxHolidayCalendars} holiday calendars; this one has {calendars.Count}.");
        }

        bool valid = true;
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < calendars.Count; c++)
        {
            HolidayCalendar calendar = calendars[c];
            string path = $"Holidays[{c}]";
            if (string.IsNullOrWhiteSpace(calendar.Id))
            {
                context.AddFailure(path + ".Id", "Every holiday calendar needs an id: contacts refer to it.");
                valid = false;
            }
            else if (!firstIndex.TryAdd(calendar.Id, c))
            {
                context.AddFailure(path + ".Id", $"The calendar id {Utility.Echo.Quote(calendar.Id)} is already used by Holidays[{firstIndex[calendar.Id]}]; every calendar needs its own id.");
                valid = false;
            }

            if (string.IsNullOrWhiteSpace(calendar.Name))
            {
                context.AddFailure(path + ".Name", "Every holiday calendar needs a name: explanations quote it.");
                valid = false;
            }

            if (calendar.Holidays.Count > Limits.MaxHolidays)
            {
                context.AddFailure(path + ".Holidays", $"A calendar may hold at most {Limits.MaxHolidays} holidays; this one has {calendar.Holidays.Count}.");
                valid = false;
            }

            for (int h = 0; h < calendar.Holidays.Count; h++)
            {
                valid &= ValidateHoliday(calendar.Holidays[h], $"{path}.Holidays[{h}]", context);
            }
        }

        if (valid && calendars.Count > 0)
        {
            CheckBusinessDaysLeft(playbook, context);
        }
    }

    private static bool ValidateHoliday(Holiday holiday, string path, ValidationContext<Playbook> context)
    {
        bool ok = true;
        if (string.IsNullOrWhiteSpace(holiday.Name))
        {
            Fail(path + ".Name", "Every holiday needs a name: explanations quote it.");
        }

        switch (holiday)
        {
            case FixedDateHoliday fixedDate:
                if (fixedDate.Date < Limits.MinDate || fixedDate.Date > Limits.MaxDate)
                {
                    Fail(path + ".Date", $"The date {fixedDate.Date:uuuu'-'MM'-'dd} is outside {Limits.MinDate:uuuu'-'MM'-'dd} to {Limits.MaxDate:uuuu'-'MM'-'dd}.");
                }

                break;
            case AnnualHoliday annual:
                ok &= CheckMonth(annual.Month, path, context);
                if (annual.Month is >= 1 and <= 12 && !Holiday.IsMonthDay(annual.Month, annual.Day))
                {
                    Fail(path + ".Day", $"Month {annual.Month} has no day {annual.Day}; use 1 to {CalendarSystem.Iso.GetDaysInMonth(2000, annual.Month)}.");
                }

                if (!Enum.IsDefined(annual.ObservedRule))
                {
                    Fail(path + ".Observed", $"'{annual.ObservedRule}' is not an observed rule; use None or NearestWeekday.");
                }

                break;
            case NthWeekdayHoliday nth:
                ok &= CheckMonth(nth.Month, path, context);
                ok &= CheckDayOfWeek(nth.DayOfWeek, path, context);
                if (nth.Nth is < 1 or > 5)
                {
                    Fail(path + ".Nth", $"'nth' counts the weekdays of a month, 1 to 5; it is {nth.Nth}.");
                }

                break;
            case LastWeekdayHoliday last:
                ok &= CheckMonth(last.Month, path, context);
                ok &= CheckDayOfWeek(last.DayOfWeek, path, context);
                break;
            default:
                Fail(path, $"'{holiday.GetType().Name}' is not a holiday of the vocabulary (a date, annual, nth weekday or last weekday holiday).");
                break;
        }

        return ok;

        void Fail(string at, string message)
        {
            context.AddFailure(at, message);
            ok = false;
        }
    }

    private static bool CheckMonth(int month, string path, ValidationContext<Playbook> context)
    {
        if (month is >= 1 and <= 12)
        {
            return true;
        }

        context.AddFailure(path + ".Month", $"A month is 1 to 12; it is {month}.");
        return false;
    }

    private static bool CheckDayOfWeek(IsoDayOfWeek day, string path, ValidationContext<Playbook> context)
    {
        if (day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
        {
            return true;
        }

        context.AddFailure(path + ".DayOfWeek", $"'{day}' is not a day of the week; use Monday to Sunday.");
        return false;
    }

    // Every calendar at once is the most a step can skip: a contact's calendar only adds to the seeker's.
    private static void CheckBusinessDaysLeft(Playbook playbook, ValidationContext<Playbook> context)
    {
        var all = new BusinessCalendar(playbook.WorkingWeek, playbook.Holidays);
        int longest = all.LongestRunWithoutBusinessDay(CycleStart, CycleEnd);
        foreach (int year in playbook.Holidays.SelectMany(c => c.Holidays).OfType<FixedDateHoliday>().Select(h => h.Date.Year).Distinct())
        {
            if (year < CycleStart.Year || year > CycleEnd.Year)
            {
                longest = Math.Max(longest, all.LongestRunWithoutBusinessDay(new LocalDate(year, 1, 1).PlusDays(-Limits.MaxDaysWithoutBusinessDay), new LocalDate(year, 12, 31)));
            }
        }

        if (longest > Limits.MaxDaysWithoutBusinessDay)
        {
            context.AddFailure("Holidays", $"The working week ({playbook.WorkingWeek}) and the holiday calendars together leave {(longest >= BusinessCalendar.MaxSearchDays ? "no business day at all" : $"{longest} days in a row without a business day")}; at most {Limits.MaxDaysWithoutBusinessDay} are allowed.");
        }
    }
}
