namespace Sanad.Features.Research;

/// <summary>
/// A combination of attributes packed in one 64-bit key: attribute numbers in ascending (column)
/// order, <c>bits</c> bits each, the first in the lowest bits; unused slots are 0.
/// </summary>
internal static class Combination
{
    /// <summary>Whether combinations of this length fit in a key with so many attributes.</summary>
    public static bool Fits(int length, int bits) => (long)length * bits <= 64;

    public static ulong Pack(ReadOnlySpan<int> attributes, int bits)
    {
        var key = 0UL;
        for (var i = 0; i < attributes.Length; i++) key |= (ulong)attributes[i] << (bits * i);
        return key;
    }

    public static int Unpack(ulong key, int bits, Span<int> into)
    {
        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        var n = 0;
        while (key != 0)
        {
            into[n++] = (int)(key & mask);
            key >>= bits;
        }
        return n;
    }

    public static int Length(ulong key, int bits)
    {
        var n = 0;
        for (; key != 0; key >>= bits) n++;
        return n;
    }

    /// <summary>The key with one more attribute appended (it must come after every attribute already in the key).</summary>
    public static ulong Append(ulong key, int length, int attribute, int bits) => key | ((ulong)attribute << (bits * length));

    /// <summary>Visits every combination of 1 to <paramref name="maxLength"/> of the given attributes (ascending).</summary>
    public static void ForEachSubset(ReadOnlySpan<int> attributes, int maxLength, int bits, Action<ulong> visit) =>
        Visit(attributes, 0, 0, 0, maxLength, bits, visit);

    private static void Visit(ReadOnlySpan<int> attributes, int from, int length, ulong key, int maxLength, int bits, Action<ulong> visit)
    {
        for (var i = from; i < attributes.Length; i++)
        {
            var next = Append(key, length, attributes[i], bits);
            visit(next);
            if (length + 1 < maxLength) Visit(attributes, i + 1, length + 1, next, maxLength, bits, visit);
        }
    }

    /// <summary>Visits every combination of exactly <paramref name="length"/> of the given attributes (ascending).</summary>
    public static void ForEachOfLength(ReadOnlySpan<int> attributes, int length, int bits, Action<ulong> visit) =>
        VisitExactly(attributes, 0, 0, 0, length, bits, visit);

    private static void VisitExactly(ReadOnlySpan<int> attributes, int from, int length, ulong key, int target, int bits, Action<ulong> visit)
    {
        for (var i = from; i <= attributes.Length - (target - length); i++)
        {
            var next = Append(key, length, attributes[i], bits);
            if (length + 1 == target) visit(next);
            else VisitExactly(attributes, i + 1, length + 1, next, target, bits, visit);
        }
    }

    /// <summary>The key without its attribute at <paramref name="index"/>, the others shifted down in order.</summary>
    public static ulong Without(ulong key, int index, int bits)
    {
        var low = index == 0 ? 0 : key & ((1UL << (bits * index)) - 1);
        var high = key >> (bits * (index + 1));
        return low | (high << (bits * index));
    }

    /// <summary>Orders combinations by length, then attribute by attribute (column order, then the value's first appearance).</summary>
    public static int Compare(ulong a, ulong b, int bits)
    {
        var byLength = Length(a, bits).CompareTo(Length(b, bits));
        if (byLength != 0) return byLength;
        var mask = (1UL << bits) - 1;
        for (; a != 0; a >>= bits, b >>= bits)
        {
            var byAttribute = (a & mask).CompareTo(b & mask);
            if (byAttribute != 0) return byAttribute;
        }
        return 0;
    }
}
