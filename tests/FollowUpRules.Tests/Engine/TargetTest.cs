using NodaTime;
using FollowUpRules.Engine;

namespace FollowUpRules.Tests.Engine;

public class TargetTest
{
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
}
