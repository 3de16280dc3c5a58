using NodaTime;
using FollowUpRules.Engine;

namespace FollowUpRules.Tests.Engine;

public class TargetTest
{
    private static readonly Target[] Targets =
    [
        Target.Seeker,
        Target.Company("Acme"),
        Target.Company("Beta"),
        Target.Person("ana", "Ana Ruiz", DateTimeZone.Utc),
        Target.Person("ana-2", "Ana Ruiz", DateTimeZone.Utc),
        Target.Person("Zoe", "Zoe", DateTimeZone.Utc),
        Target.Person("seeker", "A contact whose id reads like a kind", DateTimeZone.Utc),
        Target.Person("company", "Another", DateTimeZone.Utc),
        Target.Person("ñandú", "Non-ASCII id", DateTimeZone.Utc),
    ];

    [Fact]
    public void Key_NamesTheKind_AndThePersonsContactId()
    {
        Target.Seeker.Key.ShouldBe("seeker");
        Target.Company("Acme").Key.ShouldBe("company");
        Target.Person("ana", "Ana Ruiz", DateTimeZone.Utc).Key.ShouldBe("contact:ana");
    }

    [Fact]
    public void Equality_DoesNotDependOnWhetherTheKeyWasRead()
    {
        Target read = Target.Person("ana", "Ana Ruiz", DateTimeZone.Utc);
        Target unread = Target.Person("ana", "Ana Ruiz", DateTimeZone.Utc);
        _ = read.Key;

        read.ShouldBe(unread);
        unread.ShouldBe(read);
        read.GetHashCode().ShouldBe(unread.GetHashCode());
        read.ShouldNotBe(Target.Person("ana", "Ana R.", DateTimeZone.Utc));
        read.ShouldNotBe(Target.Person("ana-2", "Ana Ruiz", DateTimeZone.Utc));
        Target.Company("Acme").ShouldNotBe(Target.Company("Beta"));
    }

    [Fact]
    public void CompareTargets_OrdersAsTheKeysOrderOrdinally()
    {
        foreach (Target a in Targets)
        {
            foreach (Target b in Targets)
            {
                Math.Sign(CompiledPlaybook.CompareTargets(a, b)).ShouldBe(Math.Sign(string.CompareOrdinal(a.Key, b.Key)), $"{a.Key} against {b.Key}");
            }
        }
    }
}
