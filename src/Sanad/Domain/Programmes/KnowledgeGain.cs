namespace Sanad.Domain.Programmes;

/// <summary>One trainee's scores and who they are, for the knowledge-gain breakdown.</summary>
public sealed record TestResult(decimal Pre, decimal Post, string Sex, OrganisationType OrganisationType)
{
    public decimal Gain => Post - Pre;
}

/// <summary>The mean gain of a group and how many trainees it counts.</summary>
public sealed record GainGroup(string Code, int Count, decimal MeanPre, decimal MeanPost, decimal MeanGain);

/// <summary>How many trainees gained within a band of points ([From, To), the last band open-ended; a loss is below 0).</summary>
public sealed record GainBand(decimal? From, decimal? To, int Count);

/// <summary>
/// Knowledge gain of a training: post-test minus pre-test score, in percentage points, for the
/// trainees with both tests. Mean overall, the distribution in bands of 10 points, and means by sex
/// and by organisation type. Means are rounded to one decimal, half away from zero.
/// </summary>
public sealed record KnowledgeGain(int Tested, int Enrolled, decimal? MeanPre, decimal? MeanPost, decimal? MeanGain,
    IReadOnlyList<GainBand> Distribution, IReadOnlyList<GainGroup> BySex, IReadOnlyList<GainGroup> ByOrganisationType)
{
    /// <summary>Upper bounds of the bands: below 0 (a loss), 0–10, 10–20, 20–30, 30–40, then 40 and more.</summary>
    private static readonly decimal[] Bounds = [0m, 10m, 20m, 30m, 40m];

    public static KnowledgeGain Of(IReadOnlyCollection<TestResult> results, int enrolled)
    {
        if (results.Count == 0) return new(0, enrolled, null, null, null, [], [], []);
        var bands = new List<GainBand>();
        decimal? from = null;
        foreach (var to in Bounds)
        {
            bands.Add(new(from, to, results.Count(r => (from is null || r.Gain >= from) && r.Gain < to)));
            from = to;
        }
        bands.Add(new(from, null, results.Count(r => r.Gain >= from)));
        return new(results.Count, enrolled, Mean(results.Select(r => r.Pre)), Mean(results.Select(r => r.Post)), Mean(results.Select(r => r.Gain)),
            bands,
            Groups(results, r => r.Sex),
            Groups(results, r => Cases.Codes.Of(r.OrganisationType)));
    }

    private static IReadOnlyList<GainGroup> Groups(IEnumerable<TestResult> results, Func<TestResult, string> key) =>
        results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GainGroup(g.Key, g.Count(), Mean(g.Select(r => r.Pre)), Mean(g.Select(r => r.Post)), Mean(g.Select(r => r.Gain))))
            .ToList();

    private static decimal Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return Math.Round(list.Sum() / list.Count, 1, MidpointRounding.AwayFromZero);
    }
}
