namespace Sanad.Domain.People.Names;

/// <summary>
/// What the matcher knows of a stored name: per token, in name order, its keys after the keyed
/// hash. No clear text: a stored candidate is scored from its fingerprint alone. Token order and
/// count are kept because "missing middle name" and "swapped given and family name" are what
/// tell a near-duplicate from a stranger.
/// </summary>
public sealed class NameFingerprint
{
    public NameFingerprint(IReadOnlyList<HashedTokenKeys> tokens, IReadOnlyList<string>? pairKeys = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count > NameNormaliser.MaxTokens) throw new ArgumentOutOfRangeException(nameof(tokens), "At most six tokens.");
        Tokens = tokens;
        PairKeys = pairKeys ?? [];
    }

    public IReadOnlyList<HashedTokenKeys> Tokens { get; }

    /// <summary>
    /// The hashed keys of every two tokens' skeletons together (<see cref="NameKeys.PairKeys"/>).
    /// Only the index needs them: a stored fingerprint is scored by its tokens, so they are not persisted with it.
    /// </summary>
    public IReadOnlyList<string> PairKeys { get; }

    public int TokenCount => Tokens.Count;

    /// <summary>Every distinct hashed key: what a blind index table stores against the person.</summary>
    public IReadOnlyCollection<string> IndexKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Tokens)
        {
            keys.Add(t.Normalised);
            keys.Add(t.Phonetic);
            if (t.Vowels is not null) keys.Add(t.Vowels);
            keys.UnionWith(t.Typo);
        }
        keys.UnionWith(PairKeys);
        return keys;
    }
}

/// <summary>
/// The hashed keys of one token. Besides the strings (what storage persists), each key is folded
/// once into 64 bits so that scoring compares integers: a candidate is scored in well under a
/// microsecond, as candidate lists pulled from a million-person index must be.
/// </summary>
public sealed class HashedTokenKeys
{
    public HashedTokenKeys(string normalised, string phonetic, string? vowels, IReadOnlyList<string> typo)
    {
        Normalised = normalised;
        Phonetic = phonetic;
        Vowels = vowels;
        Typo = typo;
        NormalisedBits = Fold(normalised);
        PhoneticBits = Fold(phonetic);
        VowelBits = vowels is null ? 0 : Fold(vowels);
        TypoBits = new ulong[typo.Count];
        for (var i = 0; i < typo.Count; i++) TypoBits[i] = Fold(typo[i]);
        Array.Sort(TypoBits);
    }

    public string Normalised { get; }
    public string Phonetic { get; }
    /// <summary>Null for tokens not written in Latin letters, which have no vowel key.</summary>
    public string? Vowels { get; }
    public IReadOnlyList<string> Typo { get; }

    internal ulong NormalisedBits { get; }
    internal ulong PhoneticBits { get; }
    internal ulong VowelBits { get; }
    internal ulong[] TypoBits { get; }

    /// <summary>Both sorted: a merge walk finds a shared typo key in at most a dozen steps.</summary>
    internal bool SharesTypoKey(HashedTokenKeys other)
    {
        var a = TypoBits;
        var b = other.TypoBits;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++; else j++;
        }
        return false;
    }

    /// <summary>FNV-1a over the hash text; the input is already a keyed hash, so 64 bits keep collisions negligible.</summary>
    private static ulong Fold(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }
}
