using System.Text;

namespace Sanad.Domain.People.Names;

/// <summary>
/// Phonetic keys for one Latin token (Arabic tokens go through <see cref="Transliterator"/> first),
/// tuned for names of the Middle East, North and East Africa and South and South-East Asia.
///
/// <see cref="Of"/> is the consonant skeleton: the first letter's sound, then consonants only.
/// Vowels go because Arabic does not write short vowels and Latin spellings disagree on them
/// (Mohammed, Muhammad, Mohamad, Mohamed, Muhammed → MHMD; Tigist/Tigest; Rahima/Raheema).
/// - A leading vowel of any colour is "A" (Ibrahim/Ebrahim, Omar/Umar, Oussama/Usama); a leading
///   "ou" before a vowel is W (Oualid = Walid).
/// - w and y inside a word are vowels (Marwan/Marouane, Dawood/Daoud, Fayez/Faiz, Iyad/Eyad).
/// - Merged sounds: kh k q c ck → K (but c before e, i, y → S); g j gh → J (Egyptian Gamal = Jamal, غ and ج both stand for g);
///   sh ch → X (French-style Aicha, Rachid); dj → J (Djamal); th t → T; dh d → D; ph f v → F and p b → B (Arabic
///   script writes ف for v and ب for p, so a Filipina registered in Arabic still meets her passport).
/// - Doubled letters count once (Nakato/Nakatto, Nimal/Nimmal); trailing vowels and a trailing h
///   go (Fatima/Fatimah/Fatma, Sita/Seeta, Wanjiru/Wanjiro, Hoda/Huda/هدى).
/// Known merges this accepts: Hassan/Hussein (HSN), Omar/Amr (AMR), Nadir/Nadhir (NDR).
///
/// <see cref="VowelsOf"/> keeps one vowel class per vowel group (a e → a; i y ee ai ei → i;
/// o u ou oo w → u) so that, between two Latin spellings, Hassan and Hussein stay apart while
/// Mohammed and Muhammad still meet. Arabic has no such key: its short vowels are not written.
/// </summary>
public static class PhoneticKey
{
    public static string Of(string latin) => Build(latin, keepVowels: false);

    public static string VowelsOf(string latin) => Build(latin, keepVowels: true);

    private static string Build(string s, bool keepVowels)
    {
        if (s.Length == 0) return s;
        var end = TrimmedEnd(s);
        var key = new StringBuilder(end + 2);
        var i = 0;
        var last = '\0';
        var vowelSinceLast = false;
        if (end > 2 && s[0] == 'o' && s[1] == 'u' && IsSoft(s[2], 2))
        {
            key.Append('W');
            last = 'W';
            i = 2;
        }
        else if (NameNormaliser.IsVowel(s[0]))
        {
            var start = i;
            while (i < end && (NameNormaliser.IsVowel(s[i]) || (i > 0 && IsSoft(s[i], i)))) i++;
            key.Append(keepVowels ? VowelClass(s, start, i) : 'A');
        }
        while (i < end)
        {
            if (IsSoft(s[i], i))
            {
                var start = i;
                while (i < end && IsSoft(s[i], i)) i++;
                if (keepVowels) key.Append(VowelClass(s, start, i));
                vowelSinceLast = true;
                continue;
            }
            var (code, width) = Consonant(s, i, end);
            i += width;
            if (code == last && !vowelSinceLast) continue;
            key.Append(code);
            last = code;
            vowelSinceLast = false;
        }
        return key.Length > 0 ? key.ToString() : s[..1].ToUpperInvariant();
    }

    /// <summary>Endings that spellings disagree on: final vowels (a, ah, e, i, y) and a final h that is not part of sh, kh, th…</summary>
    private static int TrimmedEnd(string s)
    {
        var end = s.Length;
        while (end > 1)
        {
            var c = s[end - 1];
            if (NameNormaliser.IsVowel(c) || c is 'y' or 'w') { end--; continue; }
            if (c == 'h' && s[end - 2] is not ('s' or 'c' or 'k' or 'g' or 't' or 'd' or 'p' or 'z')) { end--; continue; }
            break;
        }
        return end;
    }

    /// <summary>A vowel, or w / y inside a word (at the start they are consonants: Walid, Yusuf).</summary>
    private static bool IsSoft(char c, int index) => NameNormaliser.IsVowel(c) || (index > 0 && c is 'w' or 'y');

    private static char VowelClass(string s, int start, int end)
    {
        var group = s.AsSpan(start, end - start);
        if (group.IndexOfAny('i', 'y') >= 0 || group.IndexOf("ee") >= 0) return 'i';
        if (group.IndexOfAny('o', 'u', 'w') >= 0) return 'u';
        return 'a';
    }

    private static (char Code, int Width) Consonant(string s, int i, int end)
    {
        var c = s[i];
        var next = i + 1 < end ? s[i + 1] : '\0';
        if (next == 'h')
        {
            switch (c)
            {
                case 'k': return ('K', 2);
                case 'g': return ('J', 2);
                case 's' or 'c': return ('X', 2);
                case 't': return ('T', 2);
                case 'd': return ('D', 2);
                case 'p': return ('F', 2);
                case 'z': return ('Z', 2);
            }
        }
        if (c == 'c' && next == 'k') return ('K', 2);
        if (c == 'c' && next is 'e' or 'i' or 'y') return ('S', 1); // Jocelyn = Joselyn, Garcia = Garsia
        if (c == 'd' && next == 'j') return ('J', 2); // French spelling: Djamila, Djibril
        return (c switch
        {
            'b' or 'p' => 'B',
            'c' or 'k' or 'q' => 'K',
            'd' => 'D',
            'f' or 'v' => 'F',
            'g' or 'j' => 'J',
            'h' => 'H',
            'l' => 'L',
            'm' => 'M',
            'n' => 'N',
            'r' => 'R',
            's' => 'S',
            't' => 'T',
            'x' => 'X',
            'z' => 'Z',
            'y' => 'Y',
            'w' => 'W',
            _ => char.ToUpperInvariant(c),
        }, 1);
    }
}
