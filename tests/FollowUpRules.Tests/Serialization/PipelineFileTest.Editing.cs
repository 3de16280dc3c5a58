using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

/// <summary>Editing a pipeline immutably: applications, company-wide contacts, statuses and the one way to record a rejection.</summary>
public partial class PipelineFileTest
{
    private static readonly LocalDate Applied = new(2026, 11, 2);

    /// <summary>Two applications at Initech (Ana interviewed for the first), one at Globex.</summary>
    private static PipelineFile TwoAtInitech() => new(
        new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]),
        [
            new PipelineApplication(
                new Application("initech-engineer", "initech", "Initech", "Software Engineer", ApplicationStatus.Interviewing, Applied),
                [new Contact("ana", "initech", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@initech.example"), new Contact("ben", "initech", "Ben Okafor")],
                [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana", "ben"]), new Touchpoint("t2", TouchpointKind.ThankYouEmail, new LocalDate(2026, 11, 21), ["ben"])]),
            new PipelineApplication(new Application("initech-lead", "initech", "Initech", "Tech Lead", ApplicationStatus.Applied, new LocalDate(2026, 11, 10))),
            new PipelineApplication(new Application("globex-analyst", "globex", "Globex", "Data Analyst", ApplicationStatus.Applied, new LocalDate(2026, 11, 13))),
        ]);

    [Fact]
    public void AddApplication_NewId_IsAddedLastAndTheOriginalIsUnchanged()
    {
        PipelineFile before = TwoAtInitech();
        var entry = new PipelineApplication(new Application("acme-pm", "acme", "Acme", "Product Manager", ApplicationStatus.Applied, new LocalDate(2026, 11, 16)));

        PipelineFile after = before.AddApplication(entry);

        after.Applications.Select(a => a.Application.Id).ShouldBe(["initech-engineer", "initech-lead", "globex-analyst", "acme-pm"]);
        before.ShouldBe(TwoAtInitech());
    }

    [Fact]
    public void AddApplications_Several_AreAddedLastInTheirOrder()
    {
        PipelineApplication[] entries =
        [
            new(new Application("acme-pm", "acme", "Acme", "Product Manager", ApplicationStatus.Applied, new LocalDate(2026, 11, 16))),
            new(new Application("hooli-analyst", "hooli", "Hooli", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 9, 14))),
        ];

        PipelineFile after = TwoAtInitech().AddApplications(entries);

        after.Applications.Select(a => a.Application.Id).ShouldBe(["initech-engineer", "initech-lead", "globex-analyst", "acme-pm", "hooli-analyst"]);
    }

    [Fact]
    public void AddApplications_IdGivenTwiceOrTaken_IsAnArgumentExceptionNamingIt()
    {
        var acme = new PipelineApplication(new Application("acme-pm", "acme", "Acme", "Product Manager", ApplicationStatus.Applied, Applied));
        var globex = new PipelineApplication(new Application("globex-analyst", "globex", "Globex", "Analyst", ApplicationStatus.Applied, Applied));

        Should.Throw<ArgumentException>(() => TwoAtInitech().AddApplications([acme, acme])).Message.ShouldContain("'acme-pm'");
        Should.Throw<ArgumentException>(() => TwoAtInitech().AddApplications([globex])).Message.ShouldContain("'globex-analyst'");
    }

    [Fact]
    public void AddApplications_Invalid_ListsTheProblemsOfEachWithItsPath()
    {
        PipelineApplication[] entries =
        [
            new(new Application("acme-pm", "acme", "Acme", " ", ApplicationStatus.Applied, Applied)),
            new(new Application("hooli-analyst", "hooli", "Hooli", "Data Analyst", ApplicationStatus.Applied, Applied), [new Contact("zoe", "hooli", "Zoe", email: "zoe-at-hooli")]),
        ];

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => TwoAtInitech().AddApplications(entries));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "applications[3].role: The application needs a role.",
            "applications[4].contacts[0].email: 'zoe-at-hooli' is not an email address.",
        ]);
    }

    [Fact]
    public void AddApplication_TakenId_IsAnArgumentException()
    {
        var entry = new PipelineApplication(new Application("globex-analyst", "globex", "Globex", "Analyst", ApplicationStatus.Applied, Applied));

        Should.Throw<ArgumentException>(() => TwoAtInitech().AddApplication(entry)).Message.ShouldStartWith("The pipeline already has an application 'globex-analyst'.");
    }

    [Fact]
    public void AddApplication_Invalid_ListsEveryProblemWithItsPathInTheFile()
    {
        var entry = new PipelineApplication(
            new Application("acme-pm", "acme", "Acme", " ", ApplicationStatus.Applied, Applied, RejectionReason.HiringPaused),
            [new Contact("zoe", "acme", "Zoe", email: "zoe-at-acme")]);

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => TwoAtInitech().AddApplication(entry));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "applications[3].role: The application needs a role.",
            "applications[3].rejectionReason: A rejection reason (HiringPaused) is set, but the application's status is Applied; set the status to Rejected or remove the reason.",
            "applications[3].contacts[0].email: 'zoe-at-acme' is not an email address.",
        ]);
    }

    [Fact]
    public void ReplaceApplication_NewRoleAndId_KeepsContactsAndTouchpoints()
    {
        PipelineFile after = TwoAtInitech().ReplaceApplication("initech-lead", new Application("initech-staff", "initech", "Initech", "Staff Engineer", ApplicationStatus.Applied, new LocalDate(2026, 11, 10)));

        after.Find("initech-lead").ShouldBeNull();
        after.Find("initech-staff")!.Application.Role.ShouldBe("Staff Engineer");
        after.Applications[1].Application.Id.ShouldBe("initech-staff", "the application keeps its place");
    }

    [Fact]
    public void ReplaceApplication_NewCompanyId_MovesItsContactsWithIt()
    {
        PipelineFile after = TwoAtInitech().ReplaceApplication("initech-engineer", new Application("initech-engineer", "initrode", "Initrode", "Software Engineer", ApplicationStatus.Interviewing, Applied));

        after.Find("initech-engineer")!.Contacts.Select(c => c.CompanyId).ShouldBe(["initrode", "initrode"]);
    }

    [Fact]
    public void ReplaceApplication_RejectedWithoutARejection_IsRefusedWithThePath()
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() =>
            TwoAtInitech().ReplaceApplication("globex-analyst", new Application("globex-analyst", "globex", "Globex", "Data Analyst", ApplicationStatus.Rejected, new LocalDate(2026, 11, 13))));

        error.Errors.Single().ToString().ShouldBe("applications[2].status: The application is Rejected, but no Rejection touchpoint dates the rejection; add one with the date it arrived.");
    }

    [Fact]
    public void RemoveApplication_RemovesItAndNothingElse()
    {
        PipelineFile after = TwoAtInitech().RemoveApplication("initech-lead");

        after.Applications.Select(a => a.Application.Id).ShouldBe(["initech-engineer", "globex-analyst"]);
        Should.Throw<ArgumentException>(() => after.RemoveApplication("initech-lead")).Message.ShouldStartWith("The pipeline has no application 'initech-lead'.");
    }

    [Fact]
    public void AddContact_PersonAlreadyAtTheCompany_IsOnePersonWithTheSameDetailsInBothApplications()
    {
        var ana = new Contact("ana", "initech", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@initech.example", timeZoneId: "Europe/Madrid");

        PipelineFile after = TwoAtInitech().AddContact("initech-lead", ana);

        after.Find("initech-lead")!.Contacts.ShouldBe([ana]);
        after.Find("initech-engineer")!.Contacts[0].ShouldBe(ana, "the other copy of Ana takes the new details");
        after.ContactsAt("initech").Select(c => c.Id).ShouldBe(["ana", "ben"]);
        after.FindContact("initech", "ana").ShouldBe(ana);
        after.FindContact("globex", "ana").ShouldBeNull();
    }

    [Fact]
    public void AddContact_AtAnotherCompanyOrListedTwice_IsAnArgumentException()
    {
        PipelineFile pipeline = TwoAtInitech();

        Should.Throw<ArgumentException>(() => pipeline.AddContact("globex-analyst", new Contact("ana", "initech", "Ana Ruiz")))
            .Message.ShouldStartWith("The contact 'ana' is at the company 'initech', not at 'globex' of the application 'globex-analyst'.");
        Should.Throw<ArgumentException>(() => pipeline.AddContact("initech-engineer", new Contact("ana", "initech", "Ana Ruiz")))
            .Message.ShouldStartWith("The application 'initech-engineer' already lists the contact 'ana'.");
    }

    [Fact]
    public void AddContact_BadEmailAndZone_ListsBothWithTheirPaths()
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() =>
            TwoAtInitech().AddContact("globex-analyst", new Contact("rita", "globex", "Rita Chen", email: "rita", timeZoneId: "America/NewYork")));

        error.Errors.Select(e => e.Path).ShouldBe(["applications[2].contacts[0].email", "applications[2].contacts[0].timeZoneId"]);
    }

    [Fact]
    public void ReplaceContact_ChangesEveryCopyAtTheCompany()
    {
        PipelineFile both = TwoAtInitech().AddContact("initech-lead", new Contact("ana", "initech", "Ana Ruiz"));
        var moved = new Contact("ana", "initech", "Ana Ruiz", [ContactRole.HiringManager], email: "ana.ruiz@initech.example", doNotContact: true);

        PipelineFile after = both.ReplaceContact(moved);

        after.Applications.SelectMany(a => a.Contacts).Where(c => c.Id == "ana").ShouldAllBe(c => c == moved);
        Should.Throw<ArgumentException>(() => after.ReplaceContact(new Contact("zed", "initech", "Zed"))).Message.ShouldStartWith("No application at the company 'initech' lists a contact 'zed'.");
    }

    [Fact]
    public void RemoveContact_NamedByTouchpoints_IsRefusedListingThem()
    {
        InvalidOperationException error = Should.Throw<InvalidOperationException>(() => TwoAtInitech().RemoveContact("initech-engineer", "ben"));

        error.Message.ShouldBe("The contact 'ben' is named by 2 touchpoints of 'initech-engineer' (t1: Interview on Fri 2026-11-20; t2: ThankYouEmail on Sat 2026-11-21); remove them with the contact, or keep the contact.");
    }

    [Fact]
    public void RemoveContact_WithTouchpoints_DropsTheirOnlyTouchpointsAndTheirNameFromSharedOnes()
    {
        PipelineFile after = TwoAtInitech().RemoveContact("initech-engineer", "ben", withTouchpoints: true);

        PipelineApplication entry = after.Find("initech-engineer")!;
        entry.Contacts.Select(c => c.Id).ShouldBe(["ana"]);
        entry.Touchpoints.ShouldBe([new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])]);
    }

    [Fact]
    public void RemoveContact_ListedWithTwoApplications_StaysWithTheOther()
    {
        PipelineFile after = TwoAtInitech().AddContact("initech-lead", new Contact("ana", "initech", "Ana Ruiz")).RemoveContact("initech-lead", "ana");

        after.Find("initech-lead")!.Contacts.ShouldBeEmpty();
        after.FindContact("initech", "ana").ShouldNotBeNull();
    }

    [Fact]
    public void RecordRejection_OpenApplication_SetsStatusReasonAndOneRejectionTouchpoint()
    {
        PipelineFile after = TwoAtInitech().RecordRejection("initech-engineer", new LocalDate(2026, 11, 23), RejectionReason.HiringPaused);

        PipelineApplication entry = after.Find("initech-engineer")!;
        entry.Application.Status.ShouldBe(ApplicationStatus.Rejected);
        entry.Application.RejectionReason.ShouldBe(RejectionReason.HiringPaused);
        entry.Touchpoints[^1].ShouldBe(new Touchpoint("t3", TouchpointKind.Rejection, new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void RecordRejection_Twice_MovesTheOneRejectionAndKeepsTheReason()
    {
        PipelineFile once = TwoAtInitech().RecordRejection("initech-engineer", new LocalDate(2026, 11, 23), RejectionReason.HiringPaused);

        PipelineFile twice = once.RecordRejection("initech-engineer", new LocalDate(2026, 11, 22));

        PipelineApplication entry = twice.Find("initech-engineer")!;
        entry.Touchpoints.Where(t => t.Kind == TouchpointKind.Rejection).ShouldBe([new Touchpoint("t3", TouchpointKind.Rejection, new LocalDate(2026, 11, 22))]);
        entry.Application.RejectionReason.ShouldBe(RejectionReason.HiringPaused);
    }

    [Fact]
    public void StatusRejectedAndLoggingARejection_AreTheSameEdit()
    {
        PipelineFile pipeline = TwoAtInitech();
        var date = new LocalDate(2026, 11, 23);

        PipelineFile byStatus = pipeline.SetStatus("initech-engineer", ApplicationStatus.Rejected, date, RejectionReason.InternalCandidate);
        PipelineFile byTouchpoint = pipeline.WithTouchpoint("initech-engineer", new Touchpoint(pipeline.NextTouchpointId(), TouchpointKind.Rejection, date))
            .SetStatus("initech-engineer", ApplicationStatus.Rejected, reason: RejectionReason.InternalCandidate);
        PipelineFile byRecord = pipeline.RecordRejection("initech-engineer", date, RejectionReason.InternalCandidate);

        byStatus.ShouldBe(byRecord);
        byTouchpoint.ShouldBe(byRecord);
    }

    [Fact]
    public void SetStatus_RejectedWithoutADateOrARejection_IsAnArgumentException()
    {
        Should.Throw<ArgumentException>(() => TwoAtInitech().SetStatus("globex-analyst", ApplicationStatus.Rejected))
            .Message.ShouldStartWith("Recording the rejection of 'globex-analyst' needs the date it arrived.");
    }

    [Fact]
    public void SetStatus_BackToInterviewing_DropsTheRejectionAndItsReason()
    {
        PipelineFile rejected = TwoAtInitech().RecordRejection("initech-engineer", new LocalDate(2026, 11, 23), RejectionReason.HiringPaused);

        PipelineFile reopened = rejected.SetStatus("initech-engineer", ApplicationStatus.Interviewing);

        reopened.ShouldBe(TwoAtInitech());
    }

    [Fact]
    public void SetStatus_Closed_KeepsTheRejectionAndTakesAReason()
    {
        PipelineFile rejected = TwoAtInitech().RecordRejection("initech-engineer", new LocalDate(2026, 11, 23));

        PipelineApplication closed = rejected.SetStatus("initech-engineer", ApplicationStatus.Closed, reason: RejectionReason.Compensation).Find("initech-engineer")!;

        closed.Application.Status.ShouldBe(ApplicationStatus.Closed);
        closed.Application.RejectionReason.ShouldBe(RejectionReason.Compensation);
        closed.Touchpoints.Count(t => t.Kind == TouchpointKind.Rejection).ShouldBe(1);
    }

    [Fact]
    public void SetStatus_ReasonWithAnOpenStatus_IsAnArgumentException()
    {
        Should.Throw<ArgumentException>(() => TwoAtInitech().SetStatus("globex-analyst", ApplicationStatus.Offer, reason: RejectionReason.Compensation))
            .Message.ShouldStartWith("A rejection reason goes with the status Rejected or Closed, not Offer.");
    }

    [Fact]
    public void WithTouchpoint_ContactTheApplicationDoesNotList_IsRefusedWithThePath()
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() =>
            TwoAtInitech().WithTouchpoint("initech-lead", new Touchpoint("t3", TouchpointKind.Coffee, new LocalDate(2026, 11, 22), ["ana"])));

        error.Errors.Single().ToString().ShouldBe("applications[1].touchpoints[0].contactIds[0]: The Coffee 't3' names the contact 'ana', who is not among the contacts given.");
    }
}
