namespace Sanad.Features.Research;

/// <summary>
/// Utility of DP aggregates against the true counts, as synthetic-data-showcase reports it. For the
/// data owner deciding on a release, not for publication: it is computed from the true counts.
/// </summary>
internal sealed record DpUtility(
    int TrueCombinations,
    int ReleasedCombinations,
    double MeanAbsoluteError,
    double MeanAbsoluteErrorWithSuppressedAndFabricated,
    double SuppressedPercent,
    double FabricatedPercent)
{
    public const string Definitions =
        "meanAbsoluteError: mean |released - true| over released combinations that exist in the data; " +
        "meanAbsoluteErrorWithSuppressedAndFabricated: the same over every combination either exists or is released (a missing side counts 0); " +
        "suppressedPercent: share of the combinations of the data (up to the length) not released; " +
        "fabricatedPercent: share of released combinations that do not exist in the data";

    public static DpUtility Compare(Dictionary<ulong, long> truth, Dictionary<ulong, long> released)
    {
        double matchedError = 0, allError = 0;
        int matched = 0, fabricated = 0;
        foreach (var (key, count) in released)
        {
            if (truth.TryGetValue(key, out var real))
            {
                matched++;
                matchedError += Math.Abs(count - real);
                allError += Math.Abs(count - real);
            }
            else
            {
                fabricated++;
                allError += count;
            }
        }
        foreach (var (key, real) in truth)
            if (!released.ContainsKey(key)) allError += real;
        var union = truth.Count + fabricated;
        return new DpUtility(
            truth.Count, released.Count,
            matched == 0 ? 0 : matchedError / matched,
            union == 0 ? 0 : allError / union,
            truth.Count == 0 ? 0 : 100.0 * (truth.Count - matched) / truth.Count,
            released.Count == 0 ? 0 : 100.0 * fabricated / released.Count);
    }
}

/// <summary>The DP part of the aggregates report: parameters, budget as spent, per-length noise, and utility.</summary>
internal sealed record DpReport(DpBudget Budget, int? Seed, IReadOnlyList<DpLevel> Levels, DpUtility Utility, string UtilityDefinitions);

/// <summary>The report of <c>sanad research aggregates</c> (written as JSON by <c>--report</c>).</summary>
internal sealed record AggregatesReport(
    string Mode,
    int Records,
    IReadOnlyList<string> Columns,
    int Length,
    int? K,
    int Resolution,
    int Combinations,
    IReadOnlyList<int> CombinationsByLength,
    DpReport? DifferentialPrivacy)
{
    public static IReadOnlyList<int> ByLength(AggregateCounts counts)
    {
        var byLength = new int[counts.Length];
        foreach (var key in counts.Counts.Keys) byLength[Combination.Length(key, counts.Space.Bits) - 1]++;
        return byLength;
    }
}
