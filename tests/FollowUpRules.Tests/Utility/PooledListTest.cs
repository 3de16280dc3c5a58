using FollowUpRules.Utility;

namespace FollowUpRules.Tests.Utility;

public class PooledListTest
{
    [Fact]
    public void Add_BeyondTheRentedCapacity_KeepsEveryItemInOrder()
    {
        using var list = new PooledList<string>(2);
        string[] expected = [.. Enumerable.Range(0, 1_000).Select(i => $"item {i}")];
        foreach (string item in expected)
        {
            list.Add(item);
        }

        list.Count.ShouldBe(1_000);
        list.Items.ToArray().ShouldBe(expected);
        list[999].ShouldBe("item 999");
    }

    [Fact]
    public void AddRange_BeyondTheRentedCapacity_AppendsEveryItemInOrder()
    {
        using var list = new PooledList<int>(16);
        list.Add(-1);
        int[] first = [.. Enumerable.Range(0, 10)];
        int[] second = [.. Enumerable.Range(10, 5_000)];

        list.AddRange(first);
        list.AddRange(second);
        list.AddRange([]);

        list.Count.ShouldBe(5_011);
        list.Items.ToArray().ShouldBe([-1, .. first, .. second]);
    }

    [Fact]
    public void Filled_HoldsCountCopiesOfTheValue_ThenGrowsFromThere()
    {
        using var list = new PooledList<int>(50, -1);
        list.Add(7);

        list.Count.ShouldBe(51);
        list.Items[..50].ToArray().ShouldAllBe(i => i == -1);
        list[50].ShouldBe(7);
    }

    [Fact]
    public void Indexer_PastTheItemsAdded_Throws_EvenWhereTheRentedArrayHasRoom()
    {
        using var list = new PooledList<int>(100);
        list.Add(7);

        Should.Throw<IndexOutOfRangeException>(() => list[1]);
    }

    [Fact]
    public void Dispose_EmptiesTheList_AndASecondDisposeDoesNothing()
    {
        var list = new PooledList<string>(64);
        list.Add("kept only while the list lives");
        list.Dispose();

        list.Count.ShouldBe(0);
        list.Items.Length.ShouldBe(0);
        list.Dispose();
        list.Count.ShouldBe(0);
    }
}
