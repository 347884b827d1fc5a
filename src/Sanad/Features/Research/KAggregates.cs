using System.Runtime.InteropServices;

namespace Sanad.Features.Research;

/// <summary>Counted combinations, keyed as in <see cref="Combination"/>, with the attribute space that names them.</summary>
internal sealed record AggregateCounts(AttributeSpace Space, int Length, Dictionary<ulong, long> Counts)
{
    /// <summary>Rows of the output CSV, ordered by length then column order.</summary>
    public IEnumerable<(string Combination, long Count)> Rows()
    {
        var bits = Space.Bits;
        var keys = Counts.Keys.ToList();
        keys.Sort((a, b) => Combination.Compare(a, b, bits));
        var attributes = new int[Length];
        foreach (var key in keys)
        {
            var n = Combination.Unpack(key, bits, attributes);
            yield return (string.Join(';', attributes.Take(n).Select(Space.Label)), Counts[key]);
        }
    }

    public void WriteCsv(string path) => AtomicFile.Write(path, writer =>
    {
        writer.WriteLine("combination,count");
        foreach (var (combination, count) in Rows())
        {
            writer.Write(CsvField.Escape(combination));
            writer.Write(',');
            writer.WriteLine(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    });
}

/// <summary>
/// The k-anonymous aggregates of synthetic-data-showcase: every combination of 1 to L attributes
/// held by at least K records, its count rounded down to a multiple of the resolution.
/// </summary>
internal static class KAggregates
{
    public static AggregateCounts Count(AttributeSpace space, int length, int k, int resolution)
    {
        var all = CountAll(space, length, minimumSingle: k);
        var released = new Dictionary<ulong, long>();
        foreach (var (key, count) in all)
            if (count >= k) released[key] = count / resolution * resolution;
        return new AggregateCounts(space, length, released);
    }

    /// <summary>
    /// True counts of every combination up to the length. Attributes held by fewer than
    /// <paramref name="minimumSingle"/> records are left out first: no combination containing one
    /// can reach that count. The distinct rows are split over two workers with their own tables.
    /// </summary>
    public static Dictionary<ulong, long> CountAll(AttributeSpace space, int length, int minimumSingle = 1)
    {
        var (rows, multiplicity) = space.DistinctRows();
        var singles = new long[space.Count];
        var buffer = new int[space.Columns.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var n = space.Attributes(rows[i], buffer);
            for (var a = 0; a < n; a++) singles[buffer[a]] += multiplicity[i];
        }

        var bits = space.Bits;
        var workers = Math.Min(2, Environment.ProcessorCount);
        var partial = new Dictionary<ulong, long>[workers];
        Parallel.For(0, workers, w =>
        {
            var counts = new Dictionary<ulong, long>();
            var attributes = new int[space.Columns.Length];
            var kept = new int[space.Columns.Length];
            for (var i = w; i < rows.Length; i += workers)
            {
                var n = space.Attributes(rows[i], attributes);
                var m = 0;
                for (var a = 0; a < n; a++)
                    if (singles[attributes[a]] >= minimumSingle) kept[m++] = attributes[a];
                var weight = multiplicity[i];
                Combination.ForEachSubset(kept.AsSpan(0, m), length, bits, key => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += weight);
            }
            partial[w] = counts;
        });
        var total = partial[0];
        for (var w = 1; w < workers; w++)
            foreach (var (key, count) in partial[w]) CollectionsMarshal.GetValueRefOrAddDefault(total, key, out _) += count;
        return total;
    }
}
