using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Sanad.Domain.People.Names;
using Xunit.Abstractions;

namespace Sanad.Tests.Domain.Names;

/// <summary>
/// The acceptance test of issue 3, point 5: over the labelled pairs in name-pairs.tsv, with every
/// key HMAC-ed as production will, the true person is in the top 5 for at least 95 % of the
/// "same" pairs and, when the best candidate scores above the threshold, it is the true person
/// at least 90 % of the time.
///
/// The gallery holds every pair's "b" person plus 500 generated strangers with common names of
/// the same countries. Each "b" person gets a birth year (fixed seed) and the country and sex of
/// the pair's note; the query for a "same" pair states the same facts, with the realistic noise
/// of a different agency: the birth year one year off for a fifth, facts left out for a tenth.
/// The figures are measured twice, with those facts and on names alone, and printed.
/// </summary>
public sealed class NameMatchingEvaluationTests(ITestOutputHelper output)
{
    private const int Distractors = 500;
    private const int Seed = 20261129;
    private static readonly byte[] TestKey = Encoding.UTF8.GetBytes("sanad-test-blind-index-key-not-for-production");

    private static string KeyedHash(string key) => Convert.ToHexStringLower(HMACSHA256.HashData(TestKey, Encoding.UTF8.GetBytes(key)));

    private sealed record Pair(string A, string B, bool Same, string Country, RecordedSex Sex, string Note);

    private static List<Pair> LoadPairs()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Domain", "Names", "name-pairs.tsv");
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("name_a\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            Assert.True(f.Length == 4 && f[2] is "same" or "different", $"Malformed line: {line}");
            var note = f[3].Split(' ');
            pairs.Add(new(f[0], f[1], f[2] == "same", note[0], note[1] == "F" ? RecordedSex.Female : RecordedSex.Male, f[3]));
        }
        return pairs;
    }

    private sealed record Evaluation(int Queries, double RecallAt5, double Top1Precision, int AboveThreshold, double RecallAt1AboveThreshold,
        int Negatives, double FalseMatchRate, List<string> Misses);

    private static Evaluation Evaluate(List<Pair> pairs, bool withFacts)
    {
        var random = new Random(Seed);
        var gallery = new List<DuplicateCandidate>();
        var truth = new Dictionary<int, Guid>();
        var birthYears = new Dictionary<int, int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            var id = Guid.CreateVersion7();
            birthYears[i] = random.Next(1970, 2006);
            truth[i] = id;
            gallery.Add(withFacts
                ? new(id, NameKeys.Fingerprint(p.B, KeyedHash), p.Sex, birthYears[i], p.Country)
                : new(id, NameKeys.Fingerprint(p.B, KeyedHash)));
        }
        foreach (var d in DistractorNames.Generate(Distractors, Seed))
            gallery.Add(withFacts
                ? new(Guid.CreateVersion7(), NameKeys.Fingerprint(d.Name, KeyedHash), d.Female ? RecordedSex.Female : RecordedSex.Male, d.BirthYear, d.Nationality)
                : new(Guid.CreateVersion7(), NameKeys.Fingerprint(d.Name, KeyedHash)));

        int queries = 0, inTop5 = 0, above = 0, correctAbove = 0, negatives = 0, falseMatches = 0;
        var misses = new List<string>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            DuplicateProbe probe;
            if (!withFacts) probe = DuplicateProbe.For(p.A, KeyedHash);
            else if (p.Same)
            {
                var noise = random.NextDouble();
                var year = noise < 0.2 ? birthYears[i] + (random.Next(2) == 0 ? -1 : 1) : noise < 0.3 ? (int?)null : birthYears[i];
                var sex = random.NextDouble() < 0.1 ? RecordedSex.Unknown : p.Sex;
                var country = random.NextDouble() < 0.1 ? null : p.Country;
                probe = DuplicateProbe.For(p.A, KeyedHash, sex, birthYear: year, nationality: country);
            }
            else probe = DuplicateProbe.For(p.A, KeyedHash, p.Sex, birthYear: random.Next(1970, 2006), nationality: p.Country);

            if (!p.Same)
            {
                negatives++;
                var pairScore = DuplicateScorer.Score(probe, gallery[i]).Score;
                if (pairScore >= DuplicateScorer.LikelyDuplicate)
                {
                    falseMatches++;
                    misses.Add($"false match {pairScore:0.00}: {p.A} ≠ {p.B} [{p.Note}] {string.Join(',', DuplicateScorer.Score(probe, gallery[i]).Reasons)}");
                }
                continue;
            }
            queries++;
            var ranked = DuplicateScorer.Rank(probe, gallery, 5);
            var rank = ranked.ToList().FindIndex(m => m.PersonId == truth[i]);
            if (rank >= 0) inTop5++;
            if (ranked[0].Score >= DuplicateScorer.LikelyDuplicate)
            {
                above++;
                if (rank == 0) correctAbove++;
            }
            if (rank != 0)
                misses.Add($"not first: {p.A} → {p.B} [{p.Note}]: rank {(rank < 0 ? ">5" : (rank + 1).ToString())}, best {ranked[0].Score:0.00} {string.Join(',', ranked[0].Reasons)}"
                    + (rank > 0 ? $", true {ranked[rank].Score:0.00}" : ""));
        }
        return new(queries, (double)inTop5 / queries, above == 0 ? 0 : (double)correctAbove / above, above, (double)correctAbove / queries,
            negatives, (double)falseMatches / negatives, misses);
    }

    private void Report(string title, int pairCount, Evaluation e)
    {
        output.WriteLine($"{title}: {pairCount} pairs ({e.Queries} same, {e.Negatives} different), gallery {pairCount + Distractors}");
        output.WriteLine($"  recall@5            {e.RecallAt5:0.000}");
        output.WriteLine($"  top-1 precision     {e.Top1Precision:0.000} (over {e.AboveThreshold} queries whose best score ≥ {DuplicateScorer.LikelyDuplicate})");
        output.WriteLine($"  found at top-1 ≥ threshold {e.RecallAt1AboveThreshold:0.000}");
        output.WriteLine($"  false-match rate on different pairs {e.FalseMatchRate:0.000}");
        foreach (var miss in e.Misses) output.WriteLine("  " + miss);
    }

    [Fact]
    public void The_labelled_set_is_large_and_varied_enough()
    {
        var pairs = LoadPairs();
        Assert.True(pairs.Count >= 300, $"{pairs.Count} pairs");
        Assert.True(pairs.Count(p => !p.Same) >= 60);
        foreach (var country in new[] { "ET", "PH", "LK", "BD", "NP", "KE", "UG", "EG", "SY", "IQ" })
            Assert.Contains(pairs, p => p.Country == country);
        foreach (var category in new[] { "ar-lat", "lat-var", "article", "compound", "order", "middle", "typo", "title", "neg-family", "neg-sibling", "neg-similar" })
            Assert.Contains(pairs, p => p.Note.Contains(category, StringComparison.Ordinal));
    }

    [Fact]
    public void With_sex_birth_year_and_nationality_recall_at_5_and_top_1_precision_meet_the_acceptance_figures()
    {
        var pairs = LoadPairs();
        var e = Evaluate(pairs, withFacts: true);
        Report("Names with sex, birth year and nationality", pairs.Count, e);
        Assert.True(e.RecallAt5 >= 0.95, $"recall@5 {e.RecallAt5:0.000}");
        Assert.True(e.Top1Precision >= 0.90, $"top-1 precision {e.Top1Precision:0.000}");
        Assert.True(e.FalseMatchRate <= 0.20, $"false-match rate {e.FalseMatchRate:0.000}");
    }

    [Fact]
    public void On_names_alone_the_true_person_is_still_found()
    {
        var pairs = LoadPairs();
        var e = Evaluate(pairs, withFacts: false);
        Report("Names alone", pairs.Count, e);
        Assert.True(e.RecallAt5 >= 0.90, $"recall@5 {e.RecallAt5:0.000}");
    }

    [Fact]
    public void Scoring_a_candidate_takes_microseconds()
    {
        var probe = DuplicateProbe.For("Mohammed Ahmed Ali Hassan", KeyedHash, RecordedSex.Male, birthYear: 1990, nationality: "EG");
        var candidates = DistractorNames.Generate(1000, Seed)
            .Select(d => new DuplicateCandidate(Guid.NewGuid(), NameKeys.Fingerprint(d.Name, KeyedHash), RecordedSex.Male, d.BirthYear, d.Nationality))
            .ToList();
        DuplicateScorer.Rank(probe, candidates, 5); // warm-up
        var watch = Stopwatch.StartNew();
        const int rounds = 20;
        for (var r = 0; r < rounds; r++) DuplicateScorer.Rank(probe, candidates, 5);
        var perCandidate = watch.Elapsed.TotalMicroseconds / (rounds * candidates.Count);
        output.WriteLine($"Rank: {perCandidate:0.000} µs per candidate over {candidates.Count} candidates");
        Assert.True(perCandidate < 20, $"{perCandidate:0.000} µs per candidate");
    }
}
