namespace Sanad.Domain.People.Names;

/// <summary>
/// The small word lists the normaliser needs, in their normalised spelling (Latin lower-case
/// without accents; Arabic after <see cref="NameNormaliser"/>'s letter unification, so ة is ه).
/// Kept as data in one place so a reviewer can read and extend them without reading code.
/// </summary>
internal static class NameWords
{
    /// <summary>Titles dropped when they lead the name; never dropped elsewhere, because السيد / Sayed is also a family name.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "madame", "mme", "mlle", "mademoiselle", "monsieur", "m",
        "sheikh", "shaykh", "sheik", "shaikh", "cheikh", "cheick", "hajj", "haj", "haji", "hajji", "hajja", "hajjah", "hadj", "hadja", "hadjia",
        "sayyid", "sayyida", "sayyidah", "mst", "mosammat", "mosammet", "most", "ato", "wro", "sri", "smt", "shri",
        "السيد", "السيده", "الشيخ", "الشيخه", "الحاج", "الحاجه", "حاج", "حاجه", "د", "الدكتور", "الدكتوره", "الاستاذ", "الاستاذه", "السيدة",
    };

    /// <summary>"Son/daughter of" connectors: dropped after the first token, as records include or omit them at random.</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "bin", "ben", "bint", "binti", "ibn", "ould", "bte", "بن", "ابن", "بنت",
    };

    /// <summary>The Arabic article written apart ("Al Hassan", "El-Sayed", "ash-Shami"): dropped, since it is as often left out.</summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "ed", "ud", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "ال",
    };

    /// <summary>Words that belong to the next word: "Abd al-Rahman" is one name, "dela Cruz" is one surname.</summary>
    public static readonly HashSet<string> JoinWithNext = new(StringComparer.Ordinal)
    {
        "abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdil", "abu", "abou", "umm", "um", "omm",
        "de", "del", "dela", "della", "delos", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "san", "santa", "sta", "van", "von", "der",
        "عبد", "ابو", "ام",
    };

    /// <summary>Words that belong to the previous word: "Nur ad-Din", "Rahim Uddin", "Nasr Allah".</summary>
    public static readonly Dictionary<string, string> JoinWithPrevious = new(StringComparer.Ordinal)
    {
        ["din"] = "din", ["deen"] = "din", ["dine"] = "din", ["uddin"] = "din", ["eddin"] = "din", ["eddine"] = "din", ["addin"] = "din",
        ["uddeen"] = "din", ["aldin"] = "din", ["eldin"] = "din", ["eldine"] = "din",
        ["allah"] = "lah", ["ullah"] = "lah", ["alla"] = "lah", ["ulla"] = "lah", ["ollah"] = "lah", ["lah"] = "lah",
        ["tallah"] = "lah", ["tullah"] = "lah", ["tollah"] = "lah", // Heba Tallah: the t is the taa marbuta of Heba
        ["دين"] = "دين", ["له"] = "له",
    };

    /// <summary>Glued endings rewritten to the joined form above: "Salahuddin" = "Salah" + "din".</summary>
    public static readonly string[] DinEndings = ["uddine", "uddin", "uddeen", "eddine", "eddin", "addin", "aldin", "eldin", "eldine", "udeen", "uldin"];

    /// <summary>Glued endings rewritten to "lah": "Hebatallah" = "Heba" + "lah", like هبة الله.</summary>
    public static readonly string[] AllahEndings = ["tallah", "tullah", "tollah"];

    /// <summary>Abbreviations that stand for a whole name in documents (Bangladesh "Md.", Philippines "Ma.").</summary>
    public static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["md"] = "muhammad", ["mohd"] = "muhammad", ["mhd"] = "muhammad", ["muhd"] = "muhammad",
        ["ma"] = "maria", ["sta"] = "santa",
    };

    /// <summary>Arabic names that begin with ال but are not the article (إلياس Elias, إلهام Ilham, ألفت Olfat, ألماس Almaz).</summary>
    public static readonly HashSet<string> ArabicAlNames = new(StringComparer.Ordinal)
    {
        "الياس", "اليسا", "الهام", "الفت", "الماس", "الين", "اليس", "الفي",
    };
}
