using System.Globalization;
using System.Text;

namespace Sanad.Domain.People.Names;

/// <summary>
/// Turns a full name as typed by any agency into canonical tokens, so that spellings which
/// differ only in writing habits become equal strings. Tokens stay in their script: Arabic
/// tokens in unified Arabic letters, Latin tokens in a–z.
///
/// Decisions (see docs/decisions/0012):
/// - Arabic: harakat, shadda, sukun, tanwin, superscript alef, tatweel removed; أ إ آ ٱ → ا,
///   ى → ي, ة → ه, ؤ → و, ئ → ي, ک → ك, ی → ي. Canonical decomposition does most of it: the hamza
///   and madda of أ إ آ ؤ ئ are combining marks, removed with the other marks.
/// - Latin: lower-case, accents removed (é → e), apostrophes removed without a break
///   (Ala'a → alaa), other punctuation and digits break words.
/// - The article is dropped everywhere: apart ("Al Hassan", "El-Sayed"), glued in Arabic
///   (الحسن), and glued in Latin when a consonant and at least four letters follow ("Elsayed").
///   Records drop and keep it at random, so keeping it would split one person in two.
/// - Compounds become one token: "Abd al-Rahman", "Abdul Rahman", "Abdelrahman", "Abdurrahman",
///   عبد الرحمن → abdrahman / عبدرحمن; "Abu Bakr" → abubakr; "Nur ad-Din", "Nureddin" → nurdin;
///   "dela Cruz", "Dela Cruz", "Delacruz" → delacruz.
/// - Honorifics and titles are dropped only when they lead the name (السيد and Sayed are also
///   family names); "son/daughter of" connectors (bin, bint, ibn, ben, بن, بنت, ابن) are dropped
///   after the first token because one agency writes them and the next does not.
/// - Single letters (initials) are dropped: an initial says too little to match on.
/// </summary>
public static class NameNormaliser
{
    /// <summary>More tokens than this are cut (first ones and the last kept): keeps keys per name bounded.</summary>
    public const int MaxTokens = 6;

    public static IReadOnlyList<string> Tokens(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return [];
        var words = Words(fullName);
        while (words.Count > 1 && NameWords.Honorifics.Contains(words[0])) words.RemoveAt(0);
        for (var i = 0; i < words.Count; i++)
            if (NameWords.Abbreviations.TryGetValue(words[i], out var full) && (words[i] != "ma" || i == 0))
                words[i] = full;
        words.RemoveAll(w => w.Length < 2);
        for (var i = words.Count - 2; i >= 1; i--)
            if (NameWords.Connectors.Contains(words[i])) words.RemoveAt(i);
        for (var i = words.Count - 2; i >= 0; i--)
            if (NameWords.Articles.Contains(words[i])) words.RemoveAt(i);
        var tokens = Join(words);
        for (var i = 0; i < tokens.Count; i++) tokens[i] = Canonical(tokens[i]);
        tokens.RemoveAll(t => t.Length == 0);
        if (tokens.Count > MaxTokens) tokens.RemoveRange(MaxTokens - 1, tokens.Count - MaxTokens);
        return tokens;
    }

    public static bool IsArabic(string token) => token.Length > 0 && IsArabicLetter(token[0]);

    internal static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    /// <summary>Splits into words of one script each, with letters unified; marks and apostrophes vanish.</summary>
    private static List<string> Words(string fullName)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var wordIsArabic = false;
        foreach (var raw in fullName.Normalize(NormalizationForm.FormD))
        {
            if (raw is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BF' or '\u02BE' or '`' or '\u0640') continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (!char.IsLetter(raw)) { Flush(); continue; }
            var arabic = IsArabicLetter(raw);
            if (word.Length > 0 && arabic != wordIsArabic) Flush();
            wordIsArabic = arabic;
            if (arabic) word.Append(UnifyArabic(raw));
            else AppendLatin(word, raw);
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    private static char UnifyArabic(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => '\u0627', // أ إ آ ٱ → ا
        '\u0649' or '\u06CC' or '\u0626' or '\u06D2' => '\u064A',                        // ى ی ئ ے → ي
        '\u0629' or '\u06C0' or '\u06C1' or '\u06BE' => '\u0647',                        // ة ۀ ہ ھ → ه
        '\u0624' => '\u0648',                                                            // ؤ → و
        '\u06A9' => '\u0643',                                                            // ک → ك
        _ => c,
    };

    private static void AppendLatin(StringBuilder word, char c)
    {
        switch (c)
        {
            case 'ß': word.Append("ss"); return;
            case 'æ' or 'Æ': word.Append("ae"); return;
            case 'ø' or 'Ø': word.Append('o'); return;
            case 'đ' or 'Đ' or 'ð': word.Append('d'); return;
            case 'ł' or 'Ł': word.Append('l'); return;
            case 'ı': word.Append('i'); return;
            default: word.Append(char.ToLowerInvariant(c)); return;
        }
    }

    /// <summary>Glues "join with next" words to their follower and "join with previous" words to their leader.</summary>
    private static List<string> Join(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (joined.Count > 0 && NameWords.JoinWithPrevious.TryGetValue(StripArabicArticle(w), out var tail))
            {
                // هبة الله: the taa marbuta is spoken t before Allah, and Latin writes Heba-tallah or Heba; drop it as Latin does.
                if (tail == "له" && joined[^1].EndsWith('ه')) joined[^1] = joined[^1][..^1];
                joined[^1] += tail;
                continue;
            }
            // "abd al rahman" has lost its article already; "abdel" + "rahman" and "de" + "la" + "cruz" chain.
            while (NameWords.JoinWithNext.Contains(w) && i + 1 < words.Count) w += words[++i];
            joined.Add(w);
        }
        return joined;
    }

    /// <summary>One spelling per compound and no glued article, in either script.</summary>
    private static string Canonical(string token)
    {
        if (IsArabic(token))
        {
            if (token.StartsWith("عبد", StringComparison.Ordinal) && token.Length > 4) return "عبد" + StripArabicArticle(token[3..]);
            if (token.StartsWith("ابو", StringComparison.Ordinal) && token.Length > 4) return "ابو" + StripArabicArticle(token[3..]);
            return StripArabicArticle(token);
        }
        foreach (var ending in NameWords.DinEndings)
            if (token.Length > ending.Length + 2 && token.EndsWith(ending, StringComparison.Ordinal))
                return Canonical(token[..^ending.Length]) + "din";
        foreach (var ending in NameWords.AllahEndings)
            if (token.Length > ending.Length + 2 && token.EndsWith(ending, StringComparison.Ordinal))
                return Canonical(token[..^ending.Length]) + "lah";
        if (token.StartsWith("abd", StringComparison.Ordinal) && token.Length >= 7) return "abd" + AfterCompoundHead(token[3..]);
        if (token.StartsWith("abou", StringComparison.Ordinal) && token.Length >= 7) return "abu" + StripLatinArticle(token[4..]);
        if (token.StartsWith("abu", StringComparison.Ordinal) && token.Length >= 6) return "abu" + StripLatinArticle(token[3..]);
        return StripLatinArticle(token);
    }

    /// <summary>What follows "abd": an optional linking vowel, an optional article, and sun-letter doubling (Abdurrahman).</summary>
    private static string AfterCompoundHead(string rest)
    {
        var linked = false;
        if (rest.Length > 3 && IsVowel(rest[0])) { rest = rest[1..]; linked = true; }
        if (linked && rest.Length > 3 && rest[0] == 'l') rest = rest[1..];
        if (rest.Length > 3 && rest[0] == rest[1]) rest = rest[1..];
        return rest;
    }

    private static string StripLatinArticle(string token)
    {
        // Sun-letter assimilation glued on: Ezzahra, Essaid, Ennasri, Errachid.
        // Only after "e": "a" + doubled letter starts too many names of their own (Annette, Assefa, Ammar).
        if (token.Length >= 6 && token[0] == 'e' && token[1] == token[2] && token[1] is 't' or 'd' or 'r' or 'z' or 's' or 'n')
            return token[2..];
        if (token.Length >= 6 && (token.StartsWith("al", StringComparison.Ordinal) || token.StartsWith("el", StringComparison.Ordinal))
            && !IsVowel(token[2]) && token[2] != 'y')
            return token[2..];
        return token;
    }

    /// <summary>At least three letters must remain (آلاء Alaa is not an article), except in الله.</summary>
    private static string StripArabicArticle(string token) =>
        token.StartsWith("ال", StringComparison.Ordinal) && (token.Length > 4 || token == "الله") && !NameWords.ArabicAlNames.Contains(token) ? token[2..] : token;

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
