using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FollowUpRules;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Used for every collection in the domain and rule model, so that records holding lists compare by value.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>This type is immutable and safe to share between threads. The default value is an empty list.</remarks>
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Initializes a new list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order; <see langword="null"/> gives an empty list.</param>
    public ValueList(IEnumerable<T>? items)
    {
        // One copy straight into the array; a list that is already a ValueList or an ImmutableArray is shared, not copied.
        this.items = items switch
        {
            null => ImmutableArray<T>.Empty,
            ValueList<T> list => list.Items,
            ImmutableArray<T> array => array.IsDefault ? ImmutableArray<T>.Empty : array,
            _ => ImmutableArray.CreateRange(items),
        };
    }

    // Takes the array as it is: see Wrap.
    private ValueList(ImmutableArray<T> items, bool owned)
    {
        Debug.Assert(owned, "Only Wrap hands over an array.");
        this.items = items;
    }

    /// <summary>Gets an empty list.</summary>
    /// <value>A list with no items.</value>
    public static ValueList<T> Empty => default;

    // Count, the indexer and the enumerator test for the default value themselves and read ImmutableArray<T>.Empty only
    // then: that generic static is slow to reach from code shared between reference types, and they are on every hot path.
    private ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets the number of items.</summary>
    /// <value>The number of items; 0 for the default value.</value>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The item.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => items.IsDefault ? Items[index] : items[index];

    /// <summary>Returns whether two lists hold equal items in the same order.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists are equal.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Returns whether two lists differ.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Converts an array to a list.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(T[]? items) => new(items);

    /// <summary>Converts an immutable array to a list.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(ImmutableArray<T> items) => new(items.IsDefault ? null : items);

    /// <summary>Creates a list that holds <paramref name="items"/> itself, without a copy: the caller hands the array over and never changes it again.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    internal static ValueList<T> Wrap(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items), owned: true);

    /// <summary>Returns the items as a span, without a copy.</summary>
    /// <returns>The items; empty for the default value.</returns>
    internal ReadOnlySpan<T> AsSpan() => items.AsSpan();

    /// <summary>Creates a list from <paramref name="items"/>.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From(IEnumerable<T>? items) => new(items);

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        ImmutableArray<T> mine = Items;
        ImmutableArray<T> theirs = other.Items;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && this == other;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => items.IsDefault ? Items.GetEnumerator() : items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Returns the items separated by commas, for diagnostics.</summary>
    /// <returns>The items as text.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
