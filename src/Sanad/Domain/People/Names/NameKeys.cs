namespace Sanad.Domain.People.Names;

/// <summary>The clear keys of one name token, before the storage layer's keyed hash.</summary>
/// <param name="Normalised">"n:" + the normalised token in its own script: equal means the same spelling.</param>
/// <param name="Phonetic">"p:" + the consonant skeleton: meets across scripts and spellings.</param>
/// <param name="Vowels">"v:" + skeleton with vowel classes, Latin tokens only (Arabic writes no short vowels).</param>
/// <param name="Typo">"t:" + the skeleton and the skeleton with one letter deleted: two tokens one edit apart share one.</param>
public sealed record NameTokenKeys(string Normalised, string Phonetic, string? Vowels, IReadOnlyList<string> Typo);

/// <summary>
/// From a full name in any script, the keys a blind index stores. The storage layer hashes each
/// key with a secret (HMAC), so the database holds no name and no key that can be looked up in
/// a public name list without the secret; the matcher compares hashes only.
///
/// Typo tolerance over hashed keys: equality is the only operation a keyed hash leaves, so a
/// typo must turn into equal keys. Vowel typos vanish in the consonant skeleton; for consonant
/// typos each token also stores its skeleton and the skeleton with each single letter deleted
/// (a symmetric deletion neighbourhood): a substitution, insertion, deletion or transposition
/// of one skeleton letter always leaves the two tokens one shared key (MHMD and MHND share MHD).
/// Skeletons shorter than three letters get no typo keys: their deletions would match almost anything.
///
/// Bounded size: at most <see cref="MaxKeysPerName"/> keys. Each token has up to three fixed keys;
/// the typo keys share what is left (a four-token name: seven per token). When a long name must be
/// cut, the deletion of the first letter goes first (the first sound is the most reliable), then
/// those of the last letters; the normaliser keeps at most six tokens. Pair keys come on top:
/// at most <see cref="MaxPairKeys"/>, one for every two of the six tokens.
/// </summary>
public static class NameKeys
{
    public const int MaxKeysPerName = 40;
    public const int MaxPairKeys = NameNormaliser.MaxTokens * (NameNormaliser.MaxTokens - 1) / 2;
    private const int MinTypoKeys = 2;

    public static IReadOnlyList<NameTokenKeys> ForName(string? fullName)
    {
        var tokens = NameNormaliser.Tokens(fullName);
        if (tokens.Count == 0) return [];
        var typoBudget = Math.Max(MinTypoKeys, MaxKeysPerName / tokens.Count - 3);
        var keys = new NameTokenKeys[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var latin = Transliterator.ToLatin(tokens[i]);
            var skeleton = PhoneticKey.Of(latin);
            var vowels = NameNormaliser.IsArabic(tokens[i]) ? null : "v:" + PhoneticKey.VowelsOf(latin);
            keys[i] = new NameTokenKeys("n:" + tokens[i], "p:" + skeleton, vowels, TypoKeys(skeleton, typoBudget));
        }
        return keys;
    }

    /// <summary>The fingerprint the matcher works on: every key passed through <paramref name="keyedHash"/>.</summary>
    public static NameFingerprint Fingerprint(string? fullName, Func<string, string> keyedHash)
    {
        var tokens = ForName(fullName);
        var hashed = new HashedTokenKeys[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var typo = new string[t.Typo.Count];
            for (var k = 0; k < typo.Length; k++) typo[k] = keyedHash(t.Typo[k]);
            hashed[i] = new HashedTokenKeys(keyedHash(t.Normalised), keyedHash(t.Phonetic), t.Vowels is null ? null : keyedHash(t.Vowels), typo);
        }
        return new NameFingerprint(hashed, [.. PairKeys(tokens).Select(keyedHash)]);
    }

    /// <summary>
    /// "q:" + two tokens' skeletons in ordinal order, for every two tokens of the name. In a
    /// million people "Mohammed" is shared by tens of thousands, "Mohammed … Hassan" by a few
    /// hundred: looking candidates up by pairs keeps a search bounded however common each name is,
    /// and unordered pairs still meet when given and family names are swapped or a middle name is missing.
    /// </summary>
    public static IReadOnlyList<string> PairKeys(IReadOnlyList<NameTokenKeys> tokens)
    {
        var pairs = new List<string>(tokens.Count * (tokens.Count - 1) / 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = i + 1; j < tokens.Count; j++)
            {
                var (a, b) = (tokens[i].Phonetic[2..], tokens[j].Phonetic[2..]);
                if (a.Length == 0 || b.Length == 0) continue;
                var key = string.CompareOrdinal(a, b) <= 0 ? $"q:{a}+{b}" : $"q:{b}+{a}";
                if (!pairs.Contains(key)) pairs.Add(key);
            }
        }
        return pairs;
    }

    private static string[] TypoKeys(string skeleton, int budget)
    {
        if (skeleton.Length < 3) return [];
        var keys = new List<string>(Math.Min(budget, skeleton.Length + 1)) { "t:" + skeleton };
        // Position 0 last: the first sound is the most reliable letter of a name.
        for (var i = 1; i <= skeleton.Length && keys.Count < budget; i++)
        {
            var key = "t:" + skeleton.Remove(i % skeleton.Length, 1);
            if (!keys.Contains(key)) keys.Add(key);
        }
        return [.. keys];
    }
}
