using System.Runtime.InteropServices;

namespace Sanad.Features.Research;

/// <summary>
/// Makes every combination of quasi-identifier values, as written, shared by at least k records,
/// keeping every record: local recoding (wider age bands, periods of years, M49 regions) and local
/// cell suppression (-99), chosen greedily to lose the least (docs/research.md, "Anonymisation").
/// Records whose combination already has k members are never touched.
/// </summary>
internal sealed class KAnonymizer
{
    private readonly CtdcTable _table;
    private readonly int _k;
    private readonly GeneralisationLadder[] _ladders;
    private readonly int[] _shift;
    private readonly ulong[] _mask;

    // The small classes ("entries"): records sharing a combination below k, moved together.
    private ushort[] _entryCodes = [];
    private int[] _entryCount = [];
    private ulong[] _entryKey = [];
    private bool[] _entrySafe = [];
    private readonly Dictionary<ulong, int> _safe = [];

    private KAnonymizer(CtdcTable table, int k, int[] columns)
    {
        _table = table;
        _k = k;
        _ladders = [.. columns.Select(c => new GeneralisationLadder(table.Columns[c]))];
        _shift = new int[columns.Length];
        _mask = new ulong[columns.Length];
        var bits = 0;
        for (var i = 0; i < _ladders.Length; i++)
        {
            var width = Math.Max(1, 32 - int.LeadingZeroCount(_ladders[i].CodeCount - 1));
            _shift[i] = bits;
            _mask[i] = ((1UL << width) - 1) << bits;
            bits += width;
        }
        if (bits > 64) throw new ArgumentException("The quasi-identifiers have too many distinct values to be combined in one 64-bit key.");
    }

    /// <summary>Bits a combination key of these columns needs; at most 64 can be anonymised in one pass.</summary>
    public static int KeyBits(CtdcTable table, IEnumerable<int> columns) =>
        columns.Sum(c => Math.Max(1, 32 - int.LeadingZeroCount(new GeneralisationLadder(table.Columns[c]).CodeCount - 1)));

    /// <summary>Anonymises the table in place and reports what it cost, beside whole-record redaction at the same k.</summary>
    public static AnonymizationReport Anonymize(CtdcTable table, int k, IReadOnlyList<string> quasiIdentifiers)
    {
        if (table.RowCount < k) throw new ArgumentException("Fewer records than k.");
        var columns = quasiIdentifiers.Select(CtdcLayout.IndexOf).ToArray();
        var original = columns.Select(c => table.Columns[c].Codes.ToArray()).ToArray();
        var anonymizer = new KAnonymizer(table, k, columns);
        var outcome = anonymizer.Run(original);
        return AnonymizationReport.Measure(table, k, quasiIdentifiers, anonymizer._ladders, original, outcome);
    }

    private ulong Key(ReadOnlySpan<ushort> codes)
    {
        var key = 0UL;
        for (var i = 0; i < codes.Length; i++) key |= (ulong)codes[i] << _shift[i];
        return key;
    }

    private ulong With(ulong key, int column, ushort code) => (key & ~_mask[column]) | ((ulong)code << _shift[column]);

    /// <summary>
    /// Combination keys before, class sizes before and after, and the records that had to be fully
    /// suppressed to fill the last class (rare; see <see cref="Pad"/>).
    /// </summary>
    internal sealed record Outcome(ulong[] OriginalKeys, Dictionary<ulong, int> OriginalCounts, Dictionary<ulong, int> FinalCounts, bool[] Padded);

    private Outcome Run(ushort[][] original)
    {
        var n = _table.RowCount;
        var q = _ladders.Length;
        var rowKeys = new ulong[n];
        var counts = new Dictionary<ulong, int>();
        Span<ushort> codes = stackalloc ushort[q];
        for (var r = 0; r < n; r++)
        {
            for (var i = 0; i < q; i++) codes[i] = original[i][r];
            rowKeys[r] = Key(codes);
            CollectionsMarshal.GetValueRefOrAddDefault(counts, rowKeys[r], out _)++;
        }

        var entryOf = new Dictionary<ulong, int>();
        var entries = new List<int>();
        foreach (var (key, count) in counts)
        {
            if (count >= _k) _safe[key] = count;
            else
            {
                entryOf[key] = entries.Count;
                entries.Add(count);
            }
        }
        _entryCount = [.. entries];
        _entryKey = new ulong[entries.Count];
        _entrySafe = new bool[entries.Count];
        _entryCodes = new ushort[entries.Count * q];
        var filled = new bool[entries.Count];
        for (var r = 0; r < n; r++)
        {
            if (!entryOf.TryGetValue(rowKeys[r], out var e) || filled[e]) continue;
            filled[e] = true;
            _entryKey[e] = rowKeys[r];
            for (var i = 0; i < q; i++) _entryCodes[e * q + i] = original[i][r];
        }

        Solve();

        var padded = new bool[n];
        var active = Enumerable.Range(0, _entryCount.Length).Where(e => !_entrySafe[e]).ToList();
        if (active.Count > 0) Pad(active, rowKeys, counts, padded);

        var finalCounts = new Dictionary<ulong, int>();
        for (var r = 0; r < n; r++)
        {
            for (var i = 0; i < q; i++)
            {
                var column = _ladders[i].Column.Codes;
                if (padded[r]) column[r] = _ladders[i].Missing;
                else if (entryOf.TryGetValue(rowKeys[r], out var e)) column[r] = _entryCodes[e * q + i];
                codes[i] = column[r];
            }
            CollectionsMarshal.GetValueRefOrAddDefault(finalCounts, Key(codes), out _)++;
        }
        if (finalCounts.Values.Min() < _k) throw new InvalidOperationException("Anonymisation left a class below k.");
        return new Outcome(rowKeys, counts, finalCounts, padded);
    }

    /// <summary>
    /// Greedy rounds. Each round tries, for every column, one step up the ladder and outright
    /// suppression on all small classes at once, and applies the step with the least penalty per
    /// record it brings into a class of k or more, to those records only. When no single step helps
    /// any record, the step that merges most small classes per unit of penalty is applied to all of
    /// them, and the rounds go on.
    /// </summary>
    private void Solve()
    {
        var q = _ladders.Length;
        var newKeys = new ulong[_entryCount.Length];
        var totals = new Dictionary<ulong, int>();
        while (true)
        {
            var active = Enumerable.Range(0, _entryCount.Length).Where(e => !_entrySafe[e]).ToArray();
            if (active.Length == 0) return;
            var distinctBefore = active.Select(e => _entryKey[e]).Distinct().Count();

            (int Column, bool Suppress, double Score, int Safe)? best = null;
            (int Column, bool Suppress, double Score)? merge = null;
            for (var column = 0; column < q; column++)
            {
                foreach (var suppress in (bool[])[false, true])
                {
                    var changed = 0;
                    var cost = 0.0;
                    totals.Clear();
                    foreach (var e in active)
                    {
                        var code = _entryCodes[e * q + column];
                        var target = Step(column, code, suppress);
                        newKeys[e] = target == GeneralisationLadder.None ? _entryKey[e] : With(_entryKey[e], column, target);
                        if (target != GeneralisationLadder.None)
                        {
                            changed++;
                            cost += _entryCount[e] * (_ladders[column].Penalty(target) - _ladders[column].Penalty(code));
                        }
                        CollectionsMarshal.GetValueRefOrAddDefault(totals, newKeys[e], out _) += _entryCount[e];
                    }
                    if (changed == 0) continue;

                    var safeRecords = 0;
                    var safeCost = 0.0;
                    foreach (var e in active)
                    {
                        if (totals[newKeys[e]] + _safe.GetValueOrDefault(newKeys[e]) < _k) continue;
                        safeRecords += _entryCount[e];
                        if (newKeys[e] != _entryKey[e])
                            safeCost += _entryCount[e] * (_ladders[column].Penalty(Step(column, _entryCodes[e * q + column], suppress)) - _ladders[column].Penalty(_entryCodes[e * q + column]));
                    }
                    if (safeRecords > 0)
                    {
                        var score = safeCost / safeRecords;
                        if (best is null || score < best.Value.Score || (score == best.Value.Score && safeRecords > best.Value.Safe))
                            best = (column, suppress, score, safeRecords);
                    }
                    var merged = distinctBefore - totals.Count;
                    var mergeScore = merged > 0 ? merged / cost : -1 / cost;
                    if (merge is null || mergeScore > merge.Value.Score) merge = (column, suppress, mergeScore);
                }
            }

            if (best is { } step) Apply(active, step.Column, step.Suppress, onlyWhereSafe: true);
            else if (merge is { } widen) Apply(active, widen.Column, widen.Suppress, onlyWhereSafe: false);
            else return;
        }
    }

    private ushort Step(int column, ushort code, bool suppress)
    {
        var ladder = _ladders[column];
        if (code == ladder.Missing) return GeneralisationLadder.None;
        if (suppress) return ladder.Wider(code) == ladder.Missing ? GeneralisationLadder.None : ladder.Missing;
        return ladder.Wider(code);
    }

    private void Apply(int[] active, int column, bool suppress, bool onlyWhereSafe)
    {
        var q = _ladders.Length;
        var totals = new Dictionary<ulong, int>();
        var newKeys = new ulong[active.Length];
        for (var i = 0; i < active.Length; i++)
        {
            var e = active[i];
            var target = Step(column, _entryCodes[e * q + column], suppress);
            newKeys[i] = target == GeneralisationLadder.None ? _entryKey[e] : With(_entryKey[e], column, target);
            CollectionsMarshal.GetValueRefOrAddDefault(totals, newKeys[i], out _) += _entryCount[e];
        }
        for (var i = 0; i < active.Length; i++)
        {
            var e = active[i];
            var safe = totals[newKeys[i]] + _safe.GetValueOrDefault(newKeys[i]) >= _k;
            if (onlyWhereSafe && !safe) continue;
            if (newKeys[i] != _entryKey[e])
            {
                _entryCodes[e * q + column] = Step(column, _entryCodes[e * q + column], suppress);
                _entryKey[e] = newKeys[i];
            }
        }
        // Membership is settled after all moves, so classes reaching k together are all marked safe.
        MarkSafe(active);
    }

    private void MarkSafe(int[] active)
    {
        var totals = new Dictionary<ulong, int>();
        foreach (var e in active) CollectionsMarshal.GetValueRefOrAddDefault(totals, _entryKey[e], out _) += _entryCount[e];
        foreach (var e in active)
        {
            if (totals[_entryKey[e]] + _safe.GetValueOrDefault(_entryKey[e]) < _k) continue;
            _entrySafe[e] = true;
        }
        foreach (var e in active)
            if (_entrySafe[e]) CollectionsMarshal.GetValueRefOrAddDefault(_safe, _entryKey[e], out _) += _entryCount[e];
    }

    /// <summary>
    /// The last resort, when every quasi-identifier of the remaining records is -99 and they are
    /// still fewer than k: records from classes larger than k (their surplus, so those classes stay
    /// at k or more), or else whole classes, are suppressed to join them. No record is ever dropped.
    /// </summary>
    private void Pad(List<int> active, ulong[] rowKeys, Dictionary<ulong, int> originalCounts, bool[] padded)
    {
        var needed = _k - active.Sum(e => _entryCount[e]);
        // Donors are classes that were k or more from the start, so their own records are found by their
        // original key; a whole class is given only when no small class joined it, so none is left behind.
        var original = _safe.Where(s => originalCounts.GetValueOrDefault(s.Key) >= _k).ToList();
        var donors = original.Where(s => s.Value > _k).OrderByDescending(s => s.Value - _k).Select(s => (s.Key, Take: Math.Min(s.Value - _k, originalCounts[s.Key]), Whole: false))
            .Concat(original.Where(s => s.Value == originalCounts[s.Key]).OrderBy(s => s.Value).Select(s => (s.Key, Take: s.Value, Whole: true)))
            .ToList();
        var allMissing = Key(_ladders.Select(l => l.Missing).ToArray());
        foreach (var (key, take, whole) in donors)
        {
            if (needed <= 0) break;
            if (key == allMissing) continue;
            var quota = whole ? _safe[key] : Math.Min(take, needed);
            for (var r = 0; r < rowKeys.Length && quota > 0; r++)
            {
                if (rowKeys[r] != key || padded[r]) continue;
                padded[r] = true;
                quota--;
                needed--;
                _safe[key]--;
            }
        }
        foreach (var e in active) _entrySafe[e] = true;
    }
}
