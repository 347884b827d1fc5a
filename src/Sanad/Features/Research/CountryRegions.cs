using System.Collections.Frozen;

namespace Sanad.Features.Research;

/// <summary>
/// ISO 3166-1 alpha-2 countries and the UN M49 geographic regions they belong to (UN Statistics
/// Division, "Standard country or area codes for statistical use"). Anonymisation writes a rare
/// country as its sub-region, then its region, as <c>M49-</c> and the three-digit M49 code
/// (<c>M49-035</c> South-eastern Asia, <c>M49-142</c> Asia): a standard code a researcher can
/// look up, not an invented one. XK (Kosovo, a user-assigned code CTDC uses) is placed in
/// Southern Europe; Antarctica has no M49 region and is suppressed when it must be generalised.
/// </summary>
internal static class CountryRegions
{
    public const string Prefix = "M49-";

    /// <summary>Each country as its alpha-2 code followed by the M49 code of its sub-region.</summary>
    private const string Countries = """
        AF034 AX154 AL039 DZ015 AS061 AD039 AO017 AI029 AQ000 AG029 AR005 AM145 AW029 AU053 AT155
        AZ145 BS029 BH145 BD034 BB029 BY151 BE155 BZ013 BJ011 BM021 BT034 BO005 BQ029 BA039 BW018
        BV005 BR005 IO014 BN035 BG151 BF011 BI014 KH035 CM017 CA021 CV011 KY029 CF017 TD017 CL005
        CN030 CX053 CC053 CO005 KM014 CG017 CD017 CK061 CR013 CI011 HR039 CU029 CW029 CY145 CZ151
        DK154 DJ014 DM029 DO029 EC005 EG015 SV013 GQ017 ER014 EE154 ET014 FK005 FO154 FJ054 FI154
        FR155 GF005 PF061 TF014 GA017 GM011 GE145 DE155 GH011 GI039 GR039 GL021 GD029 GP029 GU057
        GT013 GG154 GN011 GW011 GY005 HT029 HM053 VA039 HN013 HK030 HU151 IS154 IN034 ID035 IR034
        IQ145 IE154 IM154 IL145 IT039 JM029 JP030 JE154 JO145 KZ143 KE014 KI057 KP030 KR030 KW145
        KG143 LA035 LV154 LB145 LS018 LR011 LY015 LI155 LT154 LU155 MO030 MK039 MG014 MW014 MY035
        MV034 ML011 MT039 MH057 MQ029 MR011 MU014 YT014 MX013 FM057 MD151 MC155 MN030 ME039 MS029
        MA015 MZ014 MM035 NA018 NR057 NP034 NL155 NC054 NZ053 NI013 NE011 NG011 NU061 NF053 MP057
        NO154 OM145 PK034 PW057 PS145 PA013 PG054 PY005 PE005 PH035 PN061 PL151 PT039 PR029 QA145
        RE014 RO151 RU151 RW014 BL029 SH011 KN029 LC029 MF029 PM021 VC029 WS061 SM039 ST017 SA145
        SN011 RS039 SC014 SL011 SG035 SX029 SK151 SI039 SB054 SO014 ZA018 GS005 SS014 ES039 LK034
        SD015 SR005 SJ154 SZ018 SE154 CH155 SY145 TW030 TJ143 TZ014 TH035 TL035 TG011 TK061 TO061
        TT029 TN015 TR145 TM143 TC029 TV061 UG014 UA151 AE145 GB154 US021 UM057 UY005 UZ143 VU054
        VE005 VN035 VG029 VI029 WF061 EH015 YE145 ZM014 ZW014 XK039
        """;

    /// <summary>M49 sub-region → region: 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania.</summary>
    private static readonly FrozenDictionary<string, string> RegionOfSubRegion = new Dictionary<string, string>
    {
        ["014"] = "002", ["017"] = "002", ["015"] = "002", ["018"] = "002", ["011"] = "002",
        ["029"] = "019", ["013"] = "019", ["005"] = "019", ["021"] = "019",
        ["143"] = "142", ["030"] = "142", ["035"] = "142", ["034"] = "142", ["145"] = "142",
        ["151"] = "150", ["154"] = "150", ["039"] = "150", ["155"] = "150",
        ["053"] = "009", ["054"] = "009", ["057"] = "009", ["061"] = "009",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> SubRegionOf =
        Countries.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenDictionary(c => c[..2], c => c[2..]);

    /// <summary>How many countries each M49 code covers, for the information-loss measure.</summary>
    private static readonly FrozenDictionary<string, int> CountriesIn =
        SubRegionOf.Values.Where(s => s != "000")
            .Concat(SubRegionOf.Values.Where(s => s != "000").Select(s => RegionOfSubRegion[s]))
            .GroupBy(code => Prefix + code).ToFrozenDictionary(g => g.Key, g => g.Count());

    public static int CountryCount => SubRegionOf.Count;

    public static bool IsCountry(ReadOnlySpan<char> code) => SubRegionOf.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(code);

    public static bool IsRegion(ReadOnlySpan<char> code) => CountriesIn.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(code);

    /// <summary>The next wider code: country → sub-region → region; null when only suppression is left.</summary>
    public static string? Wider(string code)
    {
        if (SubRegionOf.TryGetValue(code, out var sub)) return sub == "000" ? null : Prefix + sub;
        if (code.StartsWith(Prefix, StringComparison.Ordinal) && RegionOfSubRegion.TryGetValue(code[Prefix.Length..], out var region))
            return Prefix + region;
        return null;
    }

    /// <summary>Countries a code stands for: 1 for a country, the member count for a sub-region or region.</summary>
    public static int Covered(string code) => CountriesIn.TryGetValue(code, out var n) ? n : 1;
}
