using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// What every step of one evaluation shares: the application, the seeker's zone, the playbook's send window and its
/// translations (which word the step's rule title when it is read). One object
/// per evaluation that each step points to, so that a step carries them all in one reference.
/// </summary>
/// <param name="ApplicationId">The application evaluated.</param>
/// <param name="SeekerZone">The seeker's time zone.</param>
/// <param name="SendWindow">The playbook's send window.</param>
/// <param name="Translations">The playbook's translations.</param>
internal sealed record StepContext(string ApplicationId, DateTimeZone SeekerZone, SendWindow SendWindow, ValueList<PlaybookTranslation> Translations);
