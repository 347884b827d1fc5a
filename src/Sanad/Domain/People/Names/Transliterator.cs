using System.Text;

namespace Sanad.Domain.People.Names;

/// <summary>
/// Arabic script → a Latin skeleton for matching, not for display. Arabic writes consonants
/// and long vowels only, so the skeleton does the same and lets <see cref="PhoneticKey"/>
/// throw away the short vowels a Latin spelling adds: محمد → "mhmd" meets Mohammed,
/// Muhammad and Mohamad at the key MHMD.
///
/// The mapping, one letter at a time (input already unified by <see cref="NameNormaliser"/>):
/// ا a · ب b · ت t · ث th · ج j · ح h · خ kh · د d · ذ dh · ر r · ز z · س s · ش sh · ص s · ض d ·
/// ط t · ظ z · ع a · غ gh · ف f · ق q · ك k · ل l · م m · ن n · ه h, but a at the end (taa
/// marbuta was unified to ه, and Latin writes Fatima, Fatimah, Fatma) · و w at the start, u
/// elsewhere · ي y at the start, i elsewhere · ء nothing (like the apostrophe of Ala'a) ·
/// Persian and Urdu letters گ g · پ p · چ ch · ڤ v · ژ zh.
/// A vowel is put between s, k, t, d, z, g and a following ه or ح, so they never read as sh, kh, th…
/// ع becomes a vowel because Latin spellings write it as one or drop it (Ali, Omar, Saad, Ismail).
/// Latin letters pass through unchanged, so the function is safe on any token.
/// </summary>
public static class Transliterator
{
    public static string ToLatin(string token)
    {
        if (!NameNormaliser.IsArabic(token)) return token;
        var latin = new StringBuilder(token.Length + 4);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var last = i == token.Length - 1;
            // Arabic writes no vowel between سهام's s and h; Latin does (Siham). Without one the key would
            // read the pair as the digraph sh (and زهراء as zh, كهف as kh), so a neutral vowel goes between.
            if (c is 'ه' or 'ح' && latin.Length > 0 && latin[^1] is 's' or 'k' or 't' or 'd' or 'z' or 'c' or 'g' or 'p') latin.Append('a');
            latin.Append(c switch
            {
                'ا' => "a",
                'ب' => "b",
                'ت' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' => "h",
                'خ' => "kh",
                'د' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' => "z",
                'س' => "s",
                'ش' => "sh",
                'ص' => "s",
                'ض' => "d",
                'ط' => "t",
                'ظ' => "z",
                'ع' => "a",
                'غ' => "gh",
                'ف' => "f",
                'ق' => "q",
                'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ه' => last && i > 0 ? "a" : "h",
                'و' => i == 0 ? "w" : "u",
                'ي' => i == 0 ? "y" : "i",
                'ء' => "",
                'گ' => "g",
                'پ' => "p",
                'چ' => "ch",
                'ڤ' => "v",
                'ژ' => "zh",
                _ => "",
            });
        }
        return latin.ToString();
    }
}
