using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>The ranges validators accept. They keep every date the engine computes far inside NodaTime's calendar.</summary>
public static class Limits
{
    /// <summary>The earliest date accepted in input: 1900-01-01.</summary>
    public static readonly LocalDate MinDate = new(1900, 1, 1);

    /// <summary>The latest date accepted in input: 2999-12-31.</summary>
    public static readonly LocalDate MaxDate = new(2999, 12, 31);

    /// <summary>The most years in an offset, a window or a repeat bound: 50.</summary>
    public const int MaxYears = 50;

    /// <summary>The most months in an offset or a window: 600.</summary>
    public const int MaxMonths = 600;

    /// <summary>The most weeks in an offset or a window: 2,600.</summary>
    public const int MaxWeeks = 2600;

    /// <summary>The most days in an offset or a window: 18,300.</summary>
    public const int MaxDays = 18300;

    /// <summary>The most business days in an offset: 2,600.</summary>
    public const int MaxBusinessDays = 2600;

    /// <summary>The most occurrences of a repeat: 1,000.</summary>
    public const int MaxRepeatCount = 1000;

    /// <summary>The largest back-off factor: 4.</summary>
    public const int MaxBackOffFactor = 4;

    /// <summary>The most unanswered attempts a repeat may allow: 100.</summary>
    public const int MaxUnanswered = 100;

    /// <summary>How deeply conditions may nest: 8.</summary>
    public const int MaxConditionDepth = 8;

    /// <summary>How many alternatives an action may chain: 5.</summary>
    public const int MaxActionChain = 5;

    /// <summary>The most holiday calendars in a playbook: 50.</summary>
    public const int MaxHolidayCalendars = 50;

    /// <summary>The most holidays in one calendar: 500.</summary>
    public const int MaxHolidays = 500;

    /// <summary>The most days in a row without a business day that a playbook's working week and calendars may leave: 60.</summary>
    public const int MaxDaysWithoutBusinessDay = 60;
}
