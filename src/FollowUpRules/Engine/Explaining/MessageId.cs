namespace FollowUpRules.Engine;

/// <summary>
/// The id of one sentence of an explanation, or of a phrase inside one. An id and its arguments (an
/// <see cref="ExplanationMessage"/>) are the explanation as data; <see cref="ExplanationText"/> writes the sentences in a culture.
/// Each member lists its arguments, in order, and its English.
/// </summary>
/// <remarks>
/// The ids and their arguments are stable: a host that renders explanations itself keys its own wording on
/// <see cref="ExplanationMessage.Id"/> and reads <see cref="ExplanationMessage.Arguments"/> in the order each member
/// lists them. An argument that is itself an <see cref="ExplanationMessage"/> is a phrase (an anchor or what a due date
/// counts from) to render the same way. A host keeps a fallback for ids it does not know: later versions may add ids.
/// </remarks>
public enum MessageId
{
    // Sentences of a step's explanation, in the order they come.

    /// <summary>(string ruleId, string title): <c>Rule '{ruleId}': {title}.</c> The title as written; rendered as the playbook's translation words it.</summary>
    Rule,

    /// <summary>(string ruleId, string title, string source): <c>Rule '{ruleId}': {title}. Source: {source}.</c> Title and source as written; rendered as the playbook's translation words them.</summary>
    RuleWithSource,

    /// <summary>(<see cref="ExplanationMessage"/> anchor, one of the anchor phrases): <c>Anchor: {anchor}.</c></summary>
    Anchor,

    /// <summary>(string person): <c>{person} asked not to be contacted, so nothing is recommended to them.</c></summary>
    DoNotContact,

    /// <summary>(string ruleId, string title, ValueList&lt;Condition&gt; conditions): <c>Blocked by stop rule '{ruleId}' ({title}): {conditions, as statements, joined by "; "}.</c></summary>
    BlockedByStopRule,

    /// <summary>(Condition condition): <c>Not recommended, because {the condition's negation}.</c></summary>
    ConditionNotMet,

    // Facts: what made a condition hold or fail, after the sentence of a blocked, stopped or withheld step.

    /// <summary>(string person): <c>{person} is marked do-not-contact.</c></summary>
    FactDoNotContact,

    /// <summary>(ValueList&lt;string&gt; people, ReplyOutcome? outcome, LocalDate date): <c>{people joined by " and "} replied "{outcome}" on {date}.</c></summary>
    FactReplied,

    /// <summary>(TouchpointKind kind, ValueList&lt;string&gt; people, LocalDate date): <c>{kind} with {people joined by " and "} was recorded on {date}.</c> (no "with" part when it names nobody).</summary>
    FactRecorded,

    /// <summary>(LocalDate since): <c>You accepted a job elsewhere on {since}.</c></summary>
    FactEmployedElsewhere,

    /// <summary>(ApplicationStatus status, LocalDate? silentFrom): <c>The application's status is {status}.</c>, or, when a silent rejection made it Rejected, <c>The application counts as Rejected: a silent rejection from {silentFrom}.</c></summary>
    FactStatus,

    /// <summary>(RejectionReason? reason): <c>The rejection reason is {reason}.</c>, or <c>There is no rejection reason: the application is not rejected.</c></summary>
    FactReason,

    /// <summary>(string person, LinkedInConnection state): <c>You are not connected with {person} on LinkedIn.</c>, <c>Your LinkedIn invitation to {person} is pending.</c> or <c>You are connected with {person} on LinkedIn.</c></summary>
    FactLinkedIn,

    /// <summary>(ValueList&lt;Condition&gt; conditions): <c>It applies because {conditions, as statements, joined by "; and "}.</c></summary>
    ConditionsMet,

    /// <summary>(Condition condition): <c>Stopped because {the condition}.</c></summary>
    Stopped,

    /// <summary>(LocalDate dismissedOn): <c>You dismissed this step on {dismissedOn}.</c></summary>
    Dismissed,

    /// <summary>(string person, ValueList&lt;Channel&gt; channels): <c>{person} cannot be reached by {channels joined by " or "}.</c></summary>
    Unreachable,

    /// <summary>(string person, Channel wanted, ActionKind action, Channel channel): <c>{person} cannot be reached by {wanted}, so: {action} by {channel} instead.</c></summary>
    Fallback,

    /// <summary>(string person): <c>No LinkedIn profile is recorded for {person}: find them on LinkedIn by name, or ask them for the link to their profile.</c></summary>
    InvitationByName,

    /// <summary>(string person): <c>No LinkedIn profile link is recorded for {person}, but you are connected there: message them on LinkedIn.</c></summary>
    ReachedAsConnection,

    /// <summary>(string person, TouchpointKind kind, LocalDate date): <c>The clock restarted at your last interaction with {person}: {kind} on {date}.</c></summary>
    ClockRestarted,

    /// <summary>(string person, int unanswered, int most): <c>{person} has not answered the last {unanswered} attempts, so the rule stops (at most {most} unanswered in a row).</c></summary>
    Unanswered,

    /// <summary>(int multiplier, int unanswered): <c>Spacing multiplied by {multiplier} after {unanswered} unanswered attempt(s) in a row.</c></summary>
    BackedOff,

    /// <summary>(StepOffset interval, <see cref="ExplanationMessage"/> from, one of the base phrases, LocalDate scheduled): <c>Due {interval} after {from}: {scheduled}.</c>, or <c>Due the same day as {from}: {scheduled}.</c> for a zero interval.</summary>
    Scheduled,

    /// <summary>(int occurrence, int? maxCount, StepOffset interval, <see cref="ExplanationMessage"/> from, LocalDate scheduled): <see cref="Scheduled"/> for one step of a repeat, after <c>Step {occurrence}: </c> or <c>Step {occurrence} of at most {maxCount}: </c>.</summary>
    ScheduledRepeat,

    /// <summary>(ValueList&lt;DayOff&gt; holidays): <c>Counting business days skips the holidays in between: {each day, joined by "; "}.</c></summary>
    SkippedHolidays,

    /// <summary>(DateAdjustment adjustment, LocalDate due, LocalDate moved, ValueList&lt;DayOff&gt; days): <c>Due date moved from {due} to {moved}, {how, by the adjustment}: {each day skipped, joined by "; "}.</c></summary>
    Moved,

    /// <summary>(LocalDate due, LocalDate moved, ValueList&lt;DayOff&gt; days, LocalDate countsFrom): <see cref="Moved"/>, going to the following business day since the preceding one would fall before {countsFrom}.</summary>
    MovedForward,

    /// <summary>
    /// (ZonedDateTime sendAt, LocalDate due, string person, bool personZoneKnown, SendWindow window, LocalDateTime? seekerTime):
    /// <c>Send at {time} on {date} in {person}'s time zone, {zone}, the start of the send window {window}; that is
    /// {seekerTime} your time.</c>, saying when the clocks change that the window's start does not exist or the whole window
    /// is skipped, and that the seeker's zone is used when the person's is unknown.
    /// </summary>
    SendAt,

    /// <summary>(LocalDate snoozedOn, LocalDate until): <c>You snoozed it on {snoozedOn} until {until}.</c></summary>
    Snoozed,

    /// <summary>(LocalDate earliest, LocalDate latest): <c>Window: earliest {earliest}, latest {latest}.</c></summary>
    Window,

    /// <summary>(LocalDate latest): <c>Not done by its latest date, {latest}, so it expired.</c></summary>
    Expired,

    /// <summary>(LocalDate latest, string target): <c>Not done by its latest date, {latest}, and {target} cannot be reached for the replacement step, so it expired.</c></summary>
    ExpiredUnreachable,

    /// <summary>(LocalDate latest, ActionKind action, Channel channel, LocalDate due): <c>Its latest date was {latest}; it is now too late for that, so instead: {action} by {channel}, due {due}.</c></summary>
    TurnedInto,

    /// <summary>(LocalDate since): <c>Overdue since {since}; it stays on the list until done, snoozed or dismissed.</c></summary>
    OverdueSince,

    // Anchor phrases: what a step counts from, in the Anchor sentence.

    /// <summary>(LocalDate date): <c>you applied on {date}</c>.</summary>
    AppliedOn,

    /// <summary>(LocalDate date, ValueList&lt;string&gt; people): <c>interview on {date} with {people joined by " and "}</c>.</summary>
    InterviewOn,

    /// <summary>(LocalDate date, ValueList&lt;string&gt; people): <c>your last interview was on {date} with {people joined by " and "}</c>.</summary>
    LastInterviewOn,

    /// <summary>(LocalDate date, string ruleId): <c>no decision came, so the application counts as a silent rejection from {date} (rule '{ruleId}')</c>.</summary>
    SilentRejection,

    /// <summary>(LocalDate date, LocalDate silentFrom): <c>the rejection arrived on {date}, after a silence that counted as a rejection from {silentFrom}; steps done since then count</c>.</summary>
    RejectionAfterSilence,

    /// <summary>(LocalDate date): <c>the rejection arrived on {date}</c>.</summary>
    RejectionOn,

    /// <summary>(ValueList&lt;string&gt; people, ReplyOutcome? outcome, LocalDate date): <c>{people joined by " and "} replied ({outcome}) on {date}</c>.</summary>
    RepliedOn,

    /// <summary>(string company, LocalDate date): <c>a new posting at {company} was spotted on {date}</c>.</summary>
    PostingSpottedOn,

    /// <summary>(string title, string target, LocalDate date, string ruleId): <c>'{title}' for {target} was done on {date}</c>; the title of rule <c>ruleId</c>, as written (rendered as the playbook's translation words it).</summary>
    StepDoneOn,

    /// <summary>(string title, string target, LocalDate date, string ruleId): <c>'{title}' for {target} was due on {date} and is not recorded as done</c>; the title of rule <c>ruleId</c>, as written (rendered as the playbook's translation words it).</summary>
    StepDueOn,

    /// <summary>(string title, string target, LocalDate date, string ruleId): <c>'{title}' for {target} was dismissed; it was due on {date}</c>; the title of rule <c>ruleId</c>, as written (rendered as the playbook's translation words it).</summary>
    StepDismissedDueOn,

    // Base phrases: what a due date counts from, in the Scheduled sentence.

    /// <summary>(): <c>you applied</c>.</summary>
    YouApplied,

    /// <summary>(): <c>the interview</c>.</summary>
    TheInterview,

    /// <summary>(): <c>the last interview</c>.</summary>
    TheLastInterview,

    /// <summary>(): <c>the rejection</c>.</summary>
    TheRejection,

    /// <summary>(): <c>the reply</c>.</summary>
    TheReply,

    /// <summary>(): <c>the posting was spotted</c>.</summary>
    PostingWasSpotted,

    /// <summary>(): <c>that step was done</c>.</summary>
    ThatStepWasDone,

    /// <summary>(): <c>that step was due</c>.</summary>
    ThatStepWasDue,

    /// <summary>(string person): <c>your last interaction with {person}</c>.</summary>
    LastInteractionWith,

    /// <summary>(TouchpointKind kind, LocalDate date): <c>the previous one was done ({kind} on {date})</c>.</summary>
    PreviousDone,

    /// <summary>(LocalDate due): <c>the missed one was due ({due})</c>.</summary>
    MissedOneDue,

    // Sentences of an agenda item's explanation: why it moved.

    /// <summary>(LocalDate from, LocalDate to, LocalDate pauseStart, LocalDate pauseEnd): <c>Moved from {from} to {to}: you paused everything from {pauseStart} to {pauseEnd}.</c></summary>
    MovedByPause,

    /// <summary>(LocalDate from, LocalDate to, int maxPerDay): <c>Moved from {from} to {to}: the daily limit of {maxPerDay} outreach step(s) was reached.</c></summary>
    MovedByDailyLimit,

    /// <summary>(LocalDate from, LocalDate to, int maxPerWeek, string company): <c>Moved from {from} to {to}: at most {maxPerWeek} step(s) to {company} per week.</c></summary>
    MovedByWeeklyLimit,

    /// <summary>(LocalDate from, LocalDate to, string person, LocalDate askedOn, int days): <c>Moved from {from} to {to}: {person} was asked something on {askedOn}; at least {days} day(s) between asks.</c></summary>
    MovedBySpacing,

    /// <summary>(LocalDate latest): <c>This is after its latest date, {latest}: your pause pushed it past.</c></summary>
    PastLatestByPause,

    /// <summary>(LocalDate latest): <c>This is after its latest date, {latest}: the daily limit pushed it past.</c></summary>
    PastLatestByDailyLimit,

    /// <summary>(LocalDate latest, string company): <c>This is after its latest date, {latest}: the weekly limit for {company} pushed it past.</c></summary>
    PastLatestByWeeklyLimit,

    /// <summary>(LocalDate latest, string person): <c>This is after its latest date, {latest}: the spacing between asks to {person} pushed it past.</c></summary>
    PastLatestBySpacing,

    // A sentence a host wrote, in the explanations it builds for its own tests.

    /// <summary>(string sentence): <c>{sentence}</c>, as given (see <see cref="FollowUpModelFactory.Explanation"/>).</summary>
    Verbatim,
}
