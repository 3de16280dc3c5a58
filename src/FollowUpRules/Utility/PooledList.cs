using System.Buffers;
using System.Runtime.CompilerServices;

namespace FollowUpRules.Utility;

/// <summary>
/// A list whose storage is rented from <see cref="ArrayPool{T}.Shared"/> and given back by <see cref="Dispose"/>: for the
/// large temporary lists of one call (the agenda's candidates and steps), which would otherwise be new arrays on the large
/// object heap on every call, each one counting towards a full collection.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Dispose of it once, and do not use it after; not thread-safe.</remarks>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items;
    private int count;

    /// <summary>Initializes a new list with room for at least <paramref name="capacity"/> items.</summary>
    /// <param name="capacity">The expected number of items.</param>
    public PooledList(int capacity)
    {
        items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));
    }

    /// <summary>Initializes a new list of <paramref name="count"/> items, each <paramref name="value"/>: slots to fill by index.</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="value">The value of each.</param>
    public PooledList(int count, T value)
        : this(count)
    {
        this.count = count;
        Items.Fill(value);
    }

    /// <summary>Gets the number of items.</summary>
    public int Count => count;

    /// <summary>Gets the items, in the order they were added.</summary>
    public Span<T> Items => items.AsSpan(0, count);

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public T this[int index] => Items[index];

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        if (count == items.Length)
        {
            Grow(count + 1);
        }

        items[count++] = item;
    }

    /// <summary>Adds <paramref name="items"/> at the end, in order.</summary>
    /// <param name="items">The items to add.</param>
    public void AddRange(ReadOnlySpan<T> items)
    {
        if (count + items.Length > this.items.Length)
        {
            Grow(count + items.Length);
        }

        items.CopyTo(this.items.AsSpan(count));
        count += items.Length;
    }

    /// <summary>Empties the list: its items are cleared from the array, so it keeps nothing alive.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Items.Clear();
        }

        count = 0;
    }

    /// <summary>
    /// Empties the list and, when its array has grown beyond <paramref name="maxCapacity"/>, gives that array back to the
    /// pool for a small one, so that a list kept between uses does not hold on to a large array.
    /// </summary>
    /// <param name="maxCapacity">The largest array kept.</param>
    public void ClearAndTrim(int maxCapacity)
    {
        if (items.Length <= maxCapacity)
        {
            Clear();
            return;
        }

        Give(items); // which clears it, when the items hold references
        items = ArrayPool<T>.Shared.Rent(16);
        count = 0;
    }

    /// <summary>Gives the storage back to the pool; the list is then empty.</summary>
    public void Dispose()
    {
        if (items is not null)
        {
            Give(items);
            items = null!;
            count = 0;
        }
    }

    // Moves the items to a rented array of at least twice the size, and at least needed.
    private void Grow(int needed)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(items.Length * 2, needed));
        Array.Copy(items, larger, count);
        Give(items);
        items = larger;
    }

    // Items that hold references are cleared, so the pool does not keep them alive.
    private static void Give(T[] array) => ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
