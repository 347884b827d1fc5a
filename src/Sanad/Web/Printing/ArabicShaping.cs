using System.Text;

namespace Sanad.Web.Printing;

/// <summary>
/// Turns Arabic text in logical order into what a PDF draws from left to right: each letter in
/// its contextual form (isolated, final, initial, medial, from Unicode's presentation forms B),
/// lam-alef as its ligature, and the line in visual order. PDF text is a row of glyphs: no shaping
/// engine runs when it is read, so the writer must do what a browser does. Short vowel marks are
/// left out: names seldom carry them and a mark drawn apart from its letter misleads.
/// </summary>
public static class ArabicShaping
{
    // Per letter from U+0621: isolated, final, initial, medial; 0 where the letter has no such form
    // (a letter with no initial form joins only to the letter before it).
    private static readonly ushort[,] Forms =
    {
        { 0xFE80, 0, 0, 0 },                // ء
        { 0xFE81, 0xFE82, 0, 0 },           // آ
        { 0xFE83, 0xFE84, 0, 0 },           // أ
        { 0xFE85, 0xFE86, 0, 0 },           // ؤ
        { 0xFE87, 0xFE88, 0, 0 },           // إ
        { 0xFE89, 0xFE8A, 0xFE8B, 0xFE8C }, // ئ
        { 0xFE8D, 0xFE8E, 0, 0 },           // ا
        { 0xFE8F, 0xFE90, 0xFE91, 0xFE92 }, // ب
        { 0xFE93, 0xFE94, 0, 0 },           // ة
        { 0xFE95, 0xFE96, 0xFE97, 0xFE98 }, // ت
        { 0xFE99, 0xFE9A, 0xFE9B, 0xFE9C }, // ث
        { 0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0 }, // ج
        { 0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4 }, // ح
        { 0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8 }, // خ
        { 0xFEA9, 0xFEAA, 0, 0 },           // د
        { 0xFEAB, 0xFEAC, 0, 0 },           // ذ
        { 0xFEAD, 0xFEAE, 0, 0 },           // ر
        { 0xFEAF, 0xFEB0, 0, 0 },           // ز
        { 0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4 }, // س
        { 0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8 }, // ش
        { 0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC }, // ص
        { 0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0 }, // ض
        { 0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4 }, // ط
        { 0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8 }, // ظ
        { 0xFEC9, 0xFECA, 0xFECB, 0xFECC }, // ع
        { 0xFECD, 0xFECE, 0xFECF, 0xFED0 }, // غ
    };

    // From U+0641.
    private static readonly ushort[,] LaterForms =
    {
        { 0xFED1, 0xFED2, 0xFED3, 0xFED4 }, // ف
        { 0xFED5, 0xFED6, 0xFED7, 0xFED8 }, // ق
        { 0xFED9, 0xFEDA, 0xFEDB, 0xFEDC }, // ك
        { 0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0 }, // ل
        { 0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4 }, // م
        { 0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8 }, // ن
        { 0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC }, // ه
        { 0xFEED, 0xFEEE, 0, 0 },           // و
        { 0xFEEF, 0xFEF0, 0, 0 },           // ى
        { 0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4 }, // ي
    };

    private const char Lam = '\u0644', Tatweel = '\u0640';

    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    /// <summary>The four forms of a letter, or null when it is not a joining letter this table knows.</summary>
    private static ushort[]? FormsOf(char c)
    {
        if (c is >= '\u0621' and <= '\u063A') return Row(Forms, c - 0x0621);
        if (c is >= '\u0641' and <= '\u064A') return Row(LaterForms, c - 0x0641);
        return null;
    }

    private static ushort[] Row(ushort[,] table, int i) => [table[i, 0], table[i, 1], table[i, 2], table[i, 3]];

    private static bool JoinsForward(char c) => c == Tatweel || FormsOf(c) is { } f && f[2] != 0;

    private static bool JoinsBackward(char c) => c == Tatweel || FormsOf(c) is { } f && f[1] != 0;

    /// <summary>Contextual forms, in logical order (the first letter of the word stays first).</summary>
    public static string Shape(string logical)
    {
        var letters = logical.Where(c => !IsMark(c)).ToArray();
        var shaped = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var forms = FormsOf(c);
            if (forms is null) { shaped.Append(c); continue; }
            var joinsPrevious = i > 0 && JoinsForward(letters[i - 1]) && JoinsBackward(c);
            if (c == Lam && i + 1 < letters.Length && LamAlef(letters[i + 1]) is { } ligature)
            {
                shaped.Append((char)(joinsPrevious ? ligature + 1 : ligature));
                i++;
                continue;
            }
            var joinsNext = i + 1 < letters.Length && JoinsForward(c) && JoinsBackward(letters[i + 1]);
            var form = (joinsPrevious, joinsNext) switch
            {
                (true, true) => forms[3],
                (true, false) => forms[1],
                (false, true) => forms[2],
                _ => forms[0],
            };
            shaped.Append((char)(form == 0 ? forms[0] : form));
        }
        return shaped.ToString();
    }

    private static int? LamAlef(char alef) => alef switch
    {
        '\u0622' => 0xFEF5,
        '\u0623' => 0xFEF7,
        '\u0625' => 0xFEF9,
        '\u0627' => 0xFEFB,
        _ => null,
    };

    /// <summary>
    /// One line, shaped and in visual order. Runs of Latin letters and digits keep their order
    /// (a passport number stays readable); Arabic runs are reversed; in a right-to-left line the
    /// runs themselves are laid out from right to left.
    /// </summary>
    public static string Visual(string line, bool rightToLeft)
    {
        var runs = Runs(Shape(line), rightToLeft);
        if (rightToLeft) runs.Reverse();
        var visual = new StringBuilder(line.Length);
        foreach (var (text, isRtl) in runs)
        {
            if (!isRtl) { visual.Append(text); continue; }
            for (var i = text.Length - 1; i >= 0; i--) visual.Append(Mirror(text[i]));
        }
        return visual.ToString();
    }

    /// <summary>A plus sign before a digit belongs to the number (+962 …), not to the words around it.</summary>
    private static bool StartsNumber(string text, int i) => text[i] == '+' && i + 1 < text.Length && char.IsDigit(text[i + 1]);

    private static char Mirror(char c) => c switch { '(' => ')', ')' => '(', '[' => ']', ']' => '[', '«' => '»', '»' => '«', _ => c };

    /// <summary>
    /// Splits a line into right-to-left and left-to-right runs. A neutral (space, punctuation)
    /// between two characters of the same direction takes theirs; otherwise the line's own.
    /// </summary>
    private static List<(string Text, bool IsRtl)> Runs(string text, bool rightToLeft)
    {
        var direction = new bool?[text.Length];
        for (var i = 0; i < text.Length; i++)
            direction[i] = IsArabic(text[i]) ? true : char.IsLetterOrDigit(text[i]) || StartsNumber(text, i) ? false : null;
        for (var i = 0; i < text.Length; i++)
        {
            if (direction[i] is not null) continue;
            var before = Enumerable.Range(0, i).Reverse().Select(j => direction[j]).FirstOrDefault(d => d is not null);
            var after = Enumerable.Range(i + 1, text.Length - i - 1).Select(j => direction[j]).FirstOrDefault(d => d is not null);
            direction[i] = before is not null && before == after ? before : rightToLeft;
        }
        var runs = new List<(string, bool)>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && direction[i] == direction[start]) continue;
            runs.Add((text[start..i], direction[start] == true));
            start = i;
        }
        return runs;
    }
}
