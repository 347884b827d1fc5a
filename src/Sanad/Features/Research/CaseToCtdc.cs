using Sanad.Domain.People;

namespace Sanad.Features.Research;

/// <summary>
/// What the export reads of one case (and its person and trafficking events): coded facts only.
/// No case id, reference, name or free text reaches the mapping, so none can reach a record.
/// </summary>
internal sealed record CaseFacts(
    DateOnly OpenedOn, Sex Sex, int? YearOfBirth, DateOnly? BirthDate, string? Nationality,
    string MethodsOfControl, string LabourExploitation, string SexExploitation, string LabourIndustries, string RecruiterRelationship,
    CaseJourney Journey);

/// <summary>
/// The trafficking events of a case boiled down to what the CTDC layout holds: the first dates of
/// recruitment and exploitation, the country of exploitation, and the Palermo means and purposes seen.
/// </summary>
internal sealed record CaseJourney(DateOnly? RecruitedOn, DateOnly? ExploitedOn, string? CountryOfExploitation, IReadOnlySet<string> Means, IReadOnlySet<string> Purposes)
{
    public static readonly CaseJourney None = new(null, null, null, new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// Maps the HTCDS facts of a case to the 63 CTDC columns (docs/research.md, "From Sanad's cases",
/// has the table). Unknown is <c>-99</c>, flags are 0/1, countries ISO alpha-2, ages CTDC bands.
/// </summary>
internal static class CaseToCtdc
{
    private const string Missing = CtdcCodes.Missing;

    /// <summary>HTCDS labour sectors by the ISIC section that names the same work, for cases that recorded the industry only.</summary>
    private static readonly Dictionary<string, string> LabourOfIndustry = new()
    {
        ["A_AgricultureForestryAndFishing"] = "Agriculture", ["B_MiningAndQuarrying"] = "MiningOrDrilling", ["C_Manufacturing"] = "Manufacturing",
        ["F_Construction"] = "Construction", ["H_TransportationAndStorage"] = "Transportation", ["I_AccommodationAndFoodServiceActivities"] = "Hospitality",
        ["T_ActivitiesOfHouseholdsAsEmployers"] = "DomesticWork",
    };

    private static readonly string[] Means =
    [
        "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse", "FalsePromises",
        "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement",
        "WithholdsNecessities", "WithholdsDocuments", "Other",
    ];

    private static readonly string[] Labours =
        ["Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork", "Hospitality", "IllicitActivities", "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other"];

    private static readonly string[] SexTypes = ["Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"];

    /// <summary>HTCDS recruiter codes and the label CTDC writes for each.</summary>
    private static readonly (string Code, string Column, string Label)[] Recruiters =
    [
        ("IntimatePartner", "IntimatePartner", "Intimate Partner"), ("Friend", "Friend", "Friend/Acquaintance"), ("Family", "Family", "Family/Relative"),
        ("Other", "Other", "Other"), ("Unknown", "Unknown", "Not Specified"),
    ];

    /// <summary>The CTDC types of exploitation (flag suffix and label), with the Palermo purposes that mean each.</summary>
    private static readonly (string Flag, string Label, string[] Purposes)[] OtherTypes =
    [
        ("ForcedMarriage", "Forced marriage", ["forced-marriage"]), ("ForcedMilitary", "Forced military", ["armed-conflict"]),
        ("OrganRemoval", "Organ removal", ["organ-removal"]), ("SlaveryAndPractices", "Slavery and practices", ["slavery", "servitude"]),
        ("OtherExploit", "Other", ["forced-criminality", "illegal-adoption", "surrogacy", "other"]),
    ];

    /// <summary>The 63 values of one case's record, in <see cref="CtdcLayout"/> order.</summary>
    public static string[] Map(CaseFacts c)
    {
        var row = new Row();
        row["yearOfRegistration"] = c.OpenedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        row["Datasource"] = "Case Management";
        row["gender"] = c.Sex switch { Sex.Female => "Female", Sex.Male => "Male", _ => Missing };
        row["ageBroad"] = AgeBand(c, c.OpenedOn);
        row["majorityStatus"] = Majority(c, c.OpenedOn);
        row["majorityStatusAtExploit"] = c.Journey.ExploitedOn is { } exploited ? Majority(c, exploited) : Missing;
        row["majorityEntry"] = c.Journey.RecruitedOn is { } recruited ? Majority(c, recruited) : Missing;
        row["citizenship"] = Country(c.Nationality);
        row["CountryOfExploitation"] = Country(c.Journey.CountryOfExploitation);
        MeansOfControl(row, Split(c.MethodsOfControl));
        Exploitation(row, c);
        row["isAbduction"] = c.Journey.Means.Count == 0 ? Missing : Flag(c.Journey.Means.Contains("abduction"));
        Recruiter(row, Split(c.RecruiterRelationship));
        return row.Values;
    }

    /// <summary>The CTDC age band of an age in whole years.</summary>
    public static string Band(int age) => age switch
    {
        < 9 => "0--8", < 18 => "9--17", < 21 => "18--20", < 24 => "21--23", < 27 => "24--26", < 30 => "27--29", < 39 => "30--38", < 48 => "39--47", _ => "48+",
    };

    /// <summary>
    /// The band of her age on a date. With the exact birth date, exact. With the year only, she is one
    /// of two ages; if they fall in different bands, the narrowest CTDC code covering both (e.g.
    /// 18--29), or -99 when only suppression covers both (17 or 18).
    /// </summary>
    private static string AgeBand(CaseFacts c, DateOnly on)
    {
        if (Ages(c, on) is not { } ages) return Missing;
        var (young, old) = (Band(ages.Youngest), Band(ages.Oldest));
        if (young == old) return young;
        var wider = new List<string>();
        for (var code = young; code is not null; code = CtdcCodes.Wider(CtdcKind.AgeBand, code)) wider.Add(code);
        for (var code = old; code is not null; code = CtdcCodes.Wider(CtdcKind.AgeBand, code))
            if (wider.Contains(code)) return code;
        return Missing;
    }

    private static string Majority(CaseFacts c, DateOnly on) => Ages(c, on) switch
    {
        { Oldest: < 18 } => "Minor",
        { Youngest: >= 18 } => "Adult",
        _ => Missing,
    };

    /// <summary>Her possible ages on a date: one with the birth date, two with the year only; null if unknown or before birth.</summary>
    public static (int Youngest, int Oldest)? Ages(CaseFacts c, DateOnly on)
    {
        if (c.BirthDate is { } born)
        {
            if (born > on) return null;
            var age = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
            return (age, age);
        }
        if (c.YearOfBirth is not { } year || year > on.Year) return null;
        var reached = on.Year - year;
        return (Math.Max(0, reached - 1), reached);
    }

    /// <summary>Whether the year of birth alone leaves any age column open, so the exact date is worth unsealing.</summary>
    public static bool NeedsBirthDate(CaseFacts c)
    {
        if (c.BirthDate is not null || c.YearOfBirth is null) return false;
        foreach (var on in new[] { c.OpenedOn, c.Journey.ExploitedOn, c.Journey.RecruitedOn })
            if (on is { } date && Ages(c, date) is { } ages && (Band(ages.Youngest) != Band(ages.Oldest) || (ages.Youngest < 18) != (ages.Oldest < 18)))
                return true;
        return false;
    }

    private static string Country(string? code) =>
        code?.Trim().ToUpperInvariant() is { Length: 2 } upper && CountryRegions.IsCountry(upper) ? upper : Missing;

    private static void MeansOfControl(Row row, HashSet<string> means)
    {
        var known = means.Count > 0;
        foreach (var m in Means) row["meansOfControl" + m] = known ? Flag(means.Contains(m)) : Missing;
        row["meansOfControlNotSpecified"] = Flag(!known);
        row["meansOfControlConcatenated"] = Labels(Means.Where(means.Contains));
    }

    private static void Exploitation(Row row, CaseFacts c)
    {
        var purposes = c.Journey.Purposes;
        var labour = Split(c.LabourExploitation);
        foreach (var industry in Split(c.LabourIndustries)) labour.Add(LabourOfIndustry.GetValueOrDefault(industry, "Other"));
        var sex = Split(c.SexExploitation);
        var isLabour = labour.Count > 0 || purposes.Contains("forced-labour") || purposes.Contains("begging");
        if (purposes.Contains("begging")) labour.Add("Begging");
        var isSex = sex.Count > 0 || purposes.Contains("sexual-exploitation");
        var others = OtherTypes.Select(o => o.Purposes.Any(purposes.Contains)).ToArray();
        var known = isLabour || isSex || others.Any(o => o);

        string Known(bool value) => known ? Flag(value) : Missing;
        row["isForcedLabour"] = Known(isLabour);
        row["isSexualExploit"] = Known(isSex);
        row["isSexAndLabour"] = Known(isLabour && isSex);
        var labels = new List<string>();
        if (isLabour) labels.Add("Forced labour");
        if (isSex) labels.Add("Sexual exploitation");
        for (var i = 0; i < OtherTypes.Length; i++)
        {
            row["is" + OtherTypes[i].Flag] = Known(others[i]);
            if (others[i]) labels.Add(OtherTypes[i].Label);
        }
        row["typeOfExploitConcatenated"] = labels.Count == 0 ? Missing : string.Join(';', labels);

        // Sectors are known once the type is: 0 where the case is not of that type.
        foreach (var l in Labours) row["typeOfLabour" + l] = known ? Flag(labour.Contains(l)) : Missing;
        row["typeOfLabourNotSpecified"] = known ? Flag(isLabour && labour.Count == 0) : Missing;
        row["typeOfLabourConcatenated"] = isLabour && labour.Count == 0 ? "Not specified" : Labels(Labours.Where(labour.Contains));
        // No "not specified" column for sex: a sexual exploitation of unrecorded form leaves the forms unknown.
        foreach (var s in SexTypes) row["typeOfSex" + s] = !known || (isSex && sex.Count == 0) ? Missing : Flag(sex.Contains(s));
        row["typeOfSexConcatenated"] = Labels(SexTypes.Where(sex.Contains));
    }

    private static void Recruiter(Row row, HashSet<string> recruiters)
    {
        var known = recruiters.Count > 0;
        foreach (var (code, column, _) in Recruiters) row["recruiterRelation" + column] = known ? Flag(recruiters.Contains(code)) : Missing;
        var labels = Recruiters.Where(r => recruiters.Contains(r.Code)).Select(r => r.Label).Order(StringComparer.Ordinal).ToList();
        row["RecruiterRelationship"] = labels.Count == 0 ? Missing : string.Join("; ", labels);
    }

    private static string Flag(bool value) => value ? "1" : "0";

    /// <summary>CTDC's labels: the HTCDS value name in words, sentence case (DomesticWork → Domestic work), sorted, joined by ';'.</summary>
    private static string Labels(IEnumerable<string> codes)
    {
        var labels = codes.Select(Words).Order(StringComparer.Ordinal).ToList();
        return labels.Count == 0 ? Missing : string.Join(';', labels);
    }

    private static string Words(string code) =>
        string.Concat(code.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));

    private static HashSet<string> Split(string codes) => [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>One record being filled by column name; every column must be set.</summary>
    private sealed class Row
    {
        public string[] Values { get; } = new string[CtdcLayout.Count];

        public string this[string column]
        {
            set => Values[CtdcLayout.IndexOf(column) is var i and >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(column), column, "Not a CTDC column.")] = value;
        }
    }
}
