using System.Security.Cryptography;
using System.Text;
using Sanad.Domain.People.Names;

namespace Sanad.Tests.Domain.Names;

public sealed class DuplicateScorerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("unit-test-key");
    private static string Hash(string key) => Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(key)));
    private static NameFingerprint Print(string name) => NameKeys.Fingerprint(name, Hash);
    private static DuplicateMatch Match(string query, string stored, RecordedSex sex = RecordedSex.Unknown, int? year = null, string? country = null,
        RecordedSex storedSex = RecordedSex.Unknown, int? storedYear = null, string? storedCountry = null) =>
        DuplicateScorer.Score(DuplicateProbe.For(query, Hash, sex, birthYear: year, nationality: country),
            new DuplicateCandidate(Guid.NewGuid(), Print(stored), storedSex, storedYear, storedCountry));

    [Fact]
    public void A_name_has_at_most_forty_token_keys_and_fifteen_pair_keys_and_none_is_clear_text()
    {
        foreach (var name in new[] { "Mohammed", "Abdul Rahman Mohammed Ahmed Ali Hassan Al-Masri bin Saleh", "Maria Cristina Dela Cruz Santos", "تيجست تسفاي" })
        {
            var keys = Print(name).IndexKeys();
            Assert.InRange(keys.Count, 1, NameKeys.MaxKeysPerName + NameKeys.MaxPairKeys);
            Assert.All(keys, k => Assert.Matches("^[0-9a-f]{64}$", k));
        }
        Assert.Equal(6, Print("Abdul Rahman Mohammed Ahmed Ali Hassan Al-Masri Saleh").TokenCount);
    }

    [Theory]
    [InlineData("Mohammed Abdelrahman Hassan", "Hassan Mohamed")]
    [InlineData("Mohamed Hassan", "محمد حسن")]
    [InlineData("Abdul Rahman Saleh", "عبد الرحمن صالح")]
    public void Two_spellings_of_two_shared_names_meet_on_a_pair_key_in_any_order_or_script(string one, string other) =>
        Assert.NotEmpty(Print(one).PairKeys.Intersect(Print(other).PairKeys));

    [Fact]
    public void Sharing_one_name_is_not_sharing_a_pair()
    {
        Assert.Empty(Print("Mohammed Hassan").PairKeys.Intersect(Print("Mohammed Ali").PairKeys));
        Assert.Empty(Print("Mohammed").PairKeys);
        Assert.Equal(["q:HSN+MHMD"], NameKeys.PairKeys(NameKeys.ForName("Mohammed Hassan")));
    }

    [Fact]
    public void Keys_name_their_kind_so_a_skeleton_never_equals_a_spelling()
    {
        var keys = Assert.Single(NameKeys.ForName("Tigist"));
        Assert.Equal("n:tigist", keys.Normalised);
        Assert.Equal("p:TJST", keys.Phonetic);
        Assert.Equal("v:TiJiST", keys.Vowels);
        Assert.Contains("t:TJST", keys.Typo);
        Assert.Contains("t:TST", keys.Typo);
        Assert.Null(Assert.Single(NameKeys.ForName("تيجست")).Vowels);
    }

    [Theory]
    [InlineData("Mohammed Ali", "Mohammed Ali", "name:exact")]
    [InlineData("Muhammad Ali", "محمد علي", "name:phonetic")]
    [InlineData("Muhammad Ali", "محمد علي", "name:cross-script")]
    [InlineData("Ali Mohammed", "Mohammed Ali", "name:token-order")]
    [InlineData("Mohammed Ahmed Ali", "Mohammed Ali", "name:missing-middle")]
    [InlineData("Mohammed Ali", "Mohammed Ali Hassan", "name:missing-token")]
    [InlineData("Tigist Alemu", "Tigist Alemo", "name:phonetic")]
    [InlineData("Fatima Ahmed", "Fatina Ahmed", "name:typo")]
    public void Reasons_say_why(string query, string stored, string reason) => Assert.Contains(reason, Match(query, stored).Reasons);

    [Fact]
    public void Facts_raise_or_lower_the_name_score()
    {
        var bare = Match("Fatima Hassan", "فاطمة حسن").Score;
        var agree = Match("Fatima Hassan", "فاطمة حسن", RecordedSex.Female, 1994, "SD", RecordedSex.Female, 1994, "SD");
        var oneYear = Match("Fatima Hassan", "فاطمة حسن", RecordedSex.Female, 1994, "SD", RecordedSex.Female, 1995, "SD");
        var otherSex = Match("Fatima Hassan", "فاطمة حسن", RecordedSex.Female, 1994, "SD", RecordedSex.Male, 1994, "SD");
        Assert.True(agree.Score > bare && agree.IsLikelyDuplicate);
        Assert.Contains("birth-year:same", agree.Reasons);
        Assert.Contains("nationality:same", agree.Reasons);
        Assert.Contains("birth-year:±1", oneYear.Reasons);
        Assert.True(oneYear.Score < agree.Score);
        Assert.Contains("sex:different", otherSex.Reasons);
        Assert.False(otherSex.IsLikelyDuplicate);
        Assert.InRange(agree.Score, 0, 1);
    }

    [Fact]
    public void Different_people_with_similar_names_stay_below_the_threshold()
    {
        Assert.False(Match("Fatima Ali", "Fatima Hassan").IsLikelyDuplicate);
        Assert.False(Match("Fatima Ali Hassan", "Amina Ali Hassan").IsLikelyDuplicate);
        Assert.False(Match("Jamal Nasser", "Kamal Nasser").IsLikelyDuplicate);
        Assert.False(Match("Tigist", "Tigist Alemu").IsLikelyDuplicate);
    }

    [Fact]
    public void Rank_puts_the_best_first_and_cuts_the_list()
    {
        var probe = DuplicateProbe.For("Abdelrahman Youssef", Hash, RecordedSex.Male, birthYear: 1988, nationality: "EG");
        var best = new DuplicateCandidate(Guid.NewGuid(), Print("عبد الرحمن يوسف"), RecordedSex.Male, 1988, "EG");
        var others = new[] { "Abdul Rahman Hassan", "Youssef Ibrahim", "Tigist Alemu", "Maria Santos" }
            .Select(n => new DuplicateCandidate(Guid.NewGuid(), Print(n), RecordedSex.Male, 1988, "EG"));
        var ranked = DuplicateScorer.Rank(probe, others.Append(best), max: 3);
        Assert.Equal(3, ranked.Count);
        Assert.Equal(best.PersonId, ranked[0].PersonId);
        Assert.True(ranked[0].Score >= ranked[1].Score && ranked[1].Score >= ranked[2].Score);
    }
}
