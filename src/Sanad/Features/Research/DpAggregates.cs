namespace Sanad.Features.Research;

/// <summary>
/// How the privacy budget is split, following synthetic-data-showcase's defaults: 0.5 % of epsilon
/// protects the record count (Laplace), 1 % of the rest's zCDP budget finds the sensitivities
/// (DP percentile), the remainder is Gaussian noise on the counts, split evenly across lengths.
/// </summary>
internal sealed record DpSettings(double Epsilon, double? Delta, int Length)
{
    public const double RecordCountShare = 0.005;
    public const double PercentileShare = 0.01;
    public const int Percentile = 99;

    /// <summary>
    /// Share of noise-only combinations let through at lengths 2 and more (the adaptive threshold's
    /// eta): a fabricated combination passes with probability eta / 2.
    /// </summary>
    public const double FabricationShare = 0.05;
}

/// <summary>What one combination length got: its sensitivity bound, noise scale and threshold.</summary>
internal sealed record DpLevel(int Length, int Sensitivity, double Sigma, double NoiseStandardDeviation, double Threshold, int Candidates, int Released);

/// <summary>The budget as spent (zCDP rho is the budget of the Gaussian and percentile parts).</summary>
internal sealed record DpBudget(double Epsilon, double Delta, double RecordCountEpsilon, double MarginalsEpsilon, double Rho, double PercentileEpsilon, double ProtectedRecordCount);

/// <summary>
/// Differentially private aggregates, the mechanism of synthetic-data-showcase (docs/research.md,
/// "DP aggregates"): level by level, Gaussian noise on the counts of every candidate combination —
/// those in the data and those that are not, so existence is protected too — with each record's
/// contribution capped at a DP 99th percentile of contributions, a threshold, and counts clipped so
/// a combination never exceeds the combinations it extends.
/// </summary>
internal static class DpAggregates
{
    public static (AggregateCounts Released, DpBudget Budget, IReadOnlyList<DpLevel> Levels) Run(AttributeSpace space, DpSettings settings, Noise noise)
    {
        var (rows, multiplicity) = space.DistinctRows();
        var records = multiplicity.Sum();
        var attributes = new int[rows.Length][];
        var buffer = new int[space.Columns.Length];
        for (var i = 0; i < rows.Length; i++) attributes[i] = buffer[..space.Attributes(rows[i], buffer)];

        var countEpsilon = settings.Epsilon * DpSettings.RecordCountShare;
        var protectedCount = Math.Max(2, records + noise.Laplace(1 / countEpsilon));
        var delta = settings.Delta ?? 1 / (protectedCount * Math.Log(protectedCount));
        var marginalsEpsilon = settings.Epsilon - countEpsilon;
        var log = Math.Log(2 / delta);
        var rho = Math.Pow(Math.Sqrt(marginalsEpsilon + log) - Math.Sqrt(log), 2);
        var length = settings.Length;
        var percentileEpsilon = Math.Sqrt(2 * rho * DpSettings.PercentileShare / length);
        // Even split of the Gaussian part: sum over lengths of 1 / (2 sigma^2) = rho (1 - share).
        var sigma = Math.Sqrt(length / (2 * rho * (1 - DpSettings.PercentileShare)));

        var bits = space.Bits;
        var released = new Dictionary<ulong, double>();
        var previous = new Dictionary<ulong, double>();
        var singles = new HashSet<int>();
        var levels = new List<DpLevel>();
        for (var k = 1; k <= length; k++)
        {
            var candidates = k == 1 ? FirstCandidates(attributes, bits) : Extend(previous, singles, space, k, bits);
            var contributions = new List<ulong>[rows.Length];
            var perRecord = new List<(int Tuples, int Weight)>();
            for (var i = 0; i < rows.Length; i++)
            {
                var valid = new List<ulong>();
                var own = k == 1 ? attributes[i] : [.. attributes[i].Where(singles.Contains)];
                Combination.ForEachOfLength(own, k, bits, key => { if (candidates.ContainsKey(key)) valid.Add(key); });
                contributions[i] = valid;
                perRecord.Add((valid.Count, multiplicity[i]));
            }
            var upper = (int)Math.Min(int.MaxValue / 2, Binomial(space.Columns.Length, k));
            var sensitivity = Math.Max(1, DpPercentile(perRecord, DpSettings.Percentile / 100.0, percentileEpsilon, upper, noise));

            for (var i = 0; i < rows.Length; i++)
            {
                var valid = contributions[i];
                if (valid.Count <= sensitivity)
                {
                    foreach (var key in valid) candidates[key] += multiplicity[i];
                    continue;
                }
                // A record with more combinations than the bound contributes a random subset of them.
                var pick = valid.ToArray();
                for (var copy = 0; copy < multiplicity[i]; copy++)
                {
                    for (var j = 0; j < sensitivity; j++)
                    {
                        var swap = j + noise.Next(pick.Length - j);
                        (pick[j], pick[swap]) = (pick[swap], pick[j]);
                        candidates[pick[j]]++;
                    }
                }
            }

            var scale = sigma * Math.Sqrt(sensitivity);
            var threshold = k == 1
                ? 1 + scale * Normal.UpperQuantile(-double.ExpM1(double.LogP1(-delta / 2) / sensitivity))
                : scale * Normal.UpperQuantile(DpSettings.FabricationShare / 2);
            var survivors = new Dictionary<ulong, double>();
            foreach (var (key, count) in candidates)
            {
                var noisy = count + scale * noise.Gaussian();
                if (noisy <= threshold) continue;
                if (k > 1)
                    for (var drop = 0; drop < k; drop++) noisy = Math.Min(noisy, previous[Combination.Without(key, drop, bits)]);
                survivors[key] = noisy;
            }
            levels.Add(new DpLevel(k, sensitivity, sigma, scale, threshold, candidates.Count, survivors.Count));
            foreach (var (key, count) in survivors) released[key] = count;
            if (k == 1) singles = [.. survivors.Keys.Select(key => (int)key)];
            previous = survivors;
        }

        var counts = released.ToDictionary(r => r.Key, r => (long)Math.Round(r.Value));
        return (new AggregateCounts(space, length, counts),
            new DpBudget(settings.Epsilon, delta, countEpsilon, marginalsEpsilon, rho, percentileEpsilon, protectedCount),
            levels);
    }

    private static Dictionary<ulong, double> FirstCandidates(int[][] attributes, int bits) =>
        attributes.SelectMany(a => a).Distinct().ToDictionary(a => Combination.Pack([a], bits), _ => 0.0);

    /// <summary>Combinations of length k whose every sub-combination of length k - 1 was released.</summary>
    private static Dictionary<ulong, double> Extend(Dictionary<ulong, double> previous, HashSet<int> singles, AttributeSpace space, int k, int bits)
    {
        var candidates = new Dictionary<ulong, double>();
        var parts = new int[k];
        var ordered = singles.Order().ToArray();
        foreach (var key in previous.Keys)
        {
            Combination.Unpack(key, bits, parts);
            var lastColumn = space.ColumnOf(parts[k - 2]);
            foreach (var attribute in ordered)
            {
                if (space.ColumnOf(attribute) <= lastColumn) continue;
                var extended = Combination.Append(key, k - 1, attribute, bits);
                var allParents = true;
                for (var drop = 0; drop < k - 1 && allParents; drop++)
                    allParents = previous.ContainsKey(Combination.Without(extended, drop, bits));
                if (allParents) candidates[extended] = 0;
            }
        }
        return candidates;
    }

    /// <summary>
    /// The exponential mechanism over the integers 0..upper (Smith 2011; sensitivity 1): a value is
    /// chosen with weight exp(epsilon * utility / 2), utility minus the distance between the number of
    /// records at or below it and the wanted rank.
    /// </summary>
    private static int DpPercentile(List<(int Tuples, int Weight)> records, double percentile, double epsilon, int upper, Noise noise)
    {
        var atOrBelow = new long[upper + 1];
        long n = 0;
        foreach (var (tuples, weight) in records)
        {
            atOrBelow[Math.Min(tuples, upper)] += weight;
            n += weight;
        }
        for (var v = 1; v <= upper; v++) atOrBelow[v] += atOrBelow[v - 1];
        var target = percentile * n;
        var logWeights = new double[upper + 1];
        var max = double.NegativeInfinity;
        for (var v = 0; v <= upper; v++)
        {
            logWeights[v] = -epsilon * Math.Abs(atOrBelow[v] - target) / 2;
            max = Math.Max(max, logWeights[v]);
        }
        var total = 0.0;
        for (var v = 0; v <= upper; v++) total += logWeights[v] = Math.Exp(logWeights[v] - max);
        var draw = noise.Uniform() * total;
        for (var v = 0; v <= upper; v++)
        {
            draw -= logWeights[v];
            if (draw <= 0) return v;
        }
        return upper;
    }

    private static double Binomial(int n, int k)
    {
        var result = 1.0;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
