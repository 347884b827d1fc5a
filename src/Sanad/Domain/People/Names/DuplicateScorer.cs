namespace Sanad.Domain.People.Names;

/// <summary>Sex as recorded; Unknown when the record does not say, which neither helps nor hurts a match.</summary>
public enum RecordedSex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
}

/// <summary>The person being registered, as the duplicate check sees it.</summary>
public sealed record DuplicateProbe(NameFingerprint Name, RecordedSex Sex = RecordedSex.Unknown, int? BirthYear = null, string? Nationality = null)
{
    public static DuplicateProbe For(string fullName, Func<string, string> keyedHash, RecordedSex sex = RecordedSex.Unknown,
        DateOnly? birthDate = null, int? birthYear = null, string? nationality = null) =>
        new(NameKeys.Fingerprint(fullName, keyedHash), sex, birthDate?.Year ?? birthYear, nationality);
}

/// <summary>A stored person, pulled from the blind index by a shared key; no clear name.</summary>
public sealed record DuplicateCandidate(Guid PersonId, NameFingerprint Name, RecordedSex Sex = RecordedSex.Unknown, int? BirthYear = null, string? Nationality = null);

/// <summary>A ranked candidate: score in [0, 1] and reason codes a caseworker can read.</summary>
public sealed record DuplicateMatch(Guid PersonId, double Score, IReadOnlyList<string> Reasons)
{
    public bool IsLikelyDuplicate => Score >= DuplicateScorer.LikelyDuplicate;
}

/// <summary>
/// Scores a probe against candidates and ranks them, best first.
///
/// Name: tokens are paired greedily, best pair first (ties go to the pair closest in position);
/// a pair is worth 1.0 for the same normalised spelling, 0.95 for the same Latin vowel key,
/// 0.88 for the same consonant skeleton (0.8 when both are Latin and their vowels disagree, as in
/// Hassan/Hussein), 0.5 for a shared typo key (one exact token and one typo stay below the
/// threshold: Jamal/Kamal). The name score is the pairs' worth over the shorter name's token
/// count, less 0.06 for each extra token of the longer name (missing middle or last names, common
/// between agencies), 0.25 each when the shorter name is a single token (a lone given name is a
/// lead, not a likely duplicate), and 0.04 when the pairs cross (given and family name swapped).
///
/// Then the facts: a different sex takes 0.35 off (it is rarely mis-recorded); the same birth year
/// adds 0.06, one year apart 0.02 (ages are often estimated), two to five years takes 0.08 off and
/// more 0.2; the same nationality adds 0.03, a different one takes 0.1 off. The result is clamped
/// to [0, 1]; <see cref="LikelyDuplicate"/> is the decision threshold measured in the name-pair tests.
/// </summary>
public static class DuplicateScorer
{
    public const double LikelyDuplicate = 0.80;

    /// <summary>Every reason code a match can give, for the pages that show them in words.</summary>
    public static readonly IReadOnlyList<string> AllReasons =
    [
        "sex:same", "sex:different", "birth-year:same", "birth-year:±1", "birth-year:±5", "birth-year:different",
        "nationality:same", "nationality:different", "name:none", "name:exact", "name:phonetic", "name:typo",
        "name:cross-script", "name:token-order", "name:partial", "name:missing-middle", "name:missing-token",
    ];

    private const double Exact = 1.0, SameVowels = 0.95, SameSkeleton = 0.88, SkeletonVowelsDiffer = 0.80, SharedTypo = 0.50;

    public static DuplicateMatch Score(DuplicateProbe probe, DuplicateCandidate candidate)
    {
        var reasons = new List<string>(6);
        var score = Evaluate(probe, candidate, reasons);
        return new(candidate.PersonId, score, reasons);
    }

    /// <summary>Scores every candidate without allocating, then builds reasons for the best <paramref name="max"/> only.</summary>
    public static IReadOnlyList<DuplicateMatch> Rank(DuplicateProbe probe, IEnumerable<DuplicateCandidate> candidates, int max = 10)
    {
        var scored = new List<(DuplicateCandidate Candidate, double Score)>();
        foreach (var c in candidates) scored.Add((c, Evaluate(probe, c, null)));
        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        var top = new List<DuplicateMatch>(Math.Min(max, scored.Count));
        for (var i = 0; i < scored.Count && i < max; i++) top.Add(Score(probe, scored[i].Candidate));
        return top;
    }

    /// <summary>The name part alone, for tests and for callers that hold no facts.</summary>
    public static double NameScore(NameFingerprint a, NameFingerprint b) => NameSimilarity(a, b, null);

    private static double Evaluate(DuplicateProbe probe, DuplicateCandidate candidate, List<string>? reasons)
    {
        var score = NameSimilarity(probe.Name, candidate.Name, reasons);
        if (probe.Sex != RecordedSex.Unknown && candidate.Sex != RecordedSex.Unknown)
        {
            var same = probe.Sex == candidate.Sex;
            score += same ? 0 : -0.35;
            reasons?.Add(same ? "sex:same" : "sex:different");
        }
        if (probe.BirthYear is { } y1 && candidate.BirthYear is { } y2)
        {
            var gap = Math.Abs(y1 - y2);
            (double delta, string reason) = gap switch
            {
                0 => (0.06, "birth-year:same"),
                1 => (0.02, "birth-year:±1"),
                <= 5 => (-0.08, "birth-year:±5"),
                _ => (-0.2, "birth-year:different"),
            };
            score += delta;
            reasons?.Add(reason);
        }
        if (!string.IsNullOrEmpty(probe.Nationality) && !string.IsNullOrEmpty(candidate.Nationality))
        {
            var same = string.Equals(probe.Nationality, candidate.Nationality, StringComparison.OrdinalIgnoreCase);
            score += same ? 0.03 : -0.1;
            reasons?.Add(same ? "nationality:same" : "nationality:different");
        }
        return Math.Clamp(score, 0, 1);
    }

    private static double NameSimilarity(NameFingerprint query, NameFingerprint candidate, List<string>? reasons)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        if (q.Count == 0 || c.Count == 0)
        {
            reasons?.Add("name:none");
            return 0;
        }
        Span<double> weight = stackalloc double[NameNormaliser.MaxTokens * NameNormaliser.MaxTokens];
        for (var i = 0; i < q.Count; i++)
            for (var j = 0; j < c.Count; j++)
                weight[i * c.Count + j] = TokenWeight(q[i], c[j]);

        Span<int> pairedWith = stackalloc int[NameNormaliser.MaxTokens];
        pairedWith.Fill(-1);
        var candidateUsed = 0;
        var sum = 0.0;
        var matched = 0;
        bool anyTypo = false, anySound = false, crossScript = false;
        while (true)
        {
            int bestI = -1, bestJ = -1;
            var best = 0.0;
            for (var i = 0; i < q.Count; i++)
            {
                if (pairedWith[i] >= 0) continue;
                for (var j = 0; j < c.Count; j++)
                {
                    if ((candidateUsed & (1 << j)) != 0) continue;
                    // A hair off for distance in position: equal pairs prefer the one that keeps the order.
                    var w = weight[i * c.Count + j] - 0.001 * Math.Abs(i - j);
                    if (w > best) (best, bestI, bestJ) = (w, i, j);
                }
            }
            if (bestI < 0) break;
            var worth = weight[bestI * c.Count + bestJ];
            pairedWith[bestI] = bestJ;
            candidateUsed |= 1 << bestJ;
            sum += worth;
            matched++;
            anyTypo |= worth == SharedTypo;
            anySound |= worth is SameVowels or SameSkeleton or SkeletonVowelsDiffer;
            crossScript |= (q[bestI].Vowels is null) != (c[bestJ].Vowels is null);
        }
        if (matched == 0)
        {
            reasons?.Add("name:none");
            return 0;
        }

        var shorter = Math.Min(q.Count, c.Count);
        var extra = Math.Max(q.Count, c.Count) - shorter;
        var score = sum / shorter;
        if (extra > 0) score -= shorter == 1 ? Math.Min(0.35, 0.25 * extra) : 0.06 * extra;

        var crossed = false;
        for (int i = 0, lastJ = -1; i < q.Count; i++)
        {
            if (pairedWith[i] < 0) continue;
            if (pairedWith[i] < lastJ) crossed = true;
            lastJ = pairedWith[i];
        }
        if (crossed) score -= 0.04;

        if (reasons is not null)
        {
            if (!anyTypo && !anySound) reasons.Add("name:exact");
            if (anySound) reasons.Add("name:phonetic");
            if (anyTypo) reasons.Add("name:typo");
            if (crossScript) reasons.Add("name:cross-script");
            if (crossed) reasons.Add("name:token-order");
            if (matched < shorter) reasons.Add("name:partial");
            if (extra > 0) reasons.Add(MissingKind(q, c, pairedWith));
        }
        return Math.Max(0, score);
    }

    /// <summary>"missing-middle" when the longer name's first and last tokens are both paired, else "missing-token".</summary>
    private static string MissingKind(IReadOnlyList<HashedTokenKeys> q, IReadOnlyList<HashedTokenKeys> c, ReadOnlySpan<int> pairedWith)
    {
        bool firstPaired, lastPaired;
        if (q.Count > c.Count)
        {
            firstPaired = pairedWith[0] >= 0;
            lastPaired = pairedWith[q.Count - 1] >= 0;
        }
        else
        {
            firstPaired = lastPaired = false;
            for (var i = 0; i < q.Count; i++)
            {
                firstPaired |= pairedWith[i] == 0;
                lastPaired |= pairedWith[i] == c.Count - 1;
            }
        }
        return firstPaired && lastPaired ? "name:missing-middle" : "name:missing-token";
    }

    private static double TokenWeight(HashedTokenKeys a, HashedTokenKeys b)
    {
        if (a.NormalisedBits == b.NormalisedBits) return Exact;
        var bothLatin = a.VowelBits != 0 && b.VowelBits != 0;
        if (bothLatin && a.VowelBits == b.VowelBits) return SameVowels;
        if (a.PhoneticBits == b.PhoneticBits) return bothLatin ? SkeletonVowelsDiffer : SameSkeleton;
        return a.SharesTypoKey(b) ? SharedTypo : 0;
    }
}
