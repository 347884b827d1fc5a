namespace Sanad.Features.Research;

/// <summary>What a CTDC column holds, which decides the values it accepts and how it can be generalised.</summary>
internal enum CtdcKind
{
    Year,
    Datasource,
    Gender,
    AgeBand,
    Majority,
    Country,
    /// <summary>1, 0, or -99 for missing.</summary>
    Flag,
    /// <summary>The <c>*Concatenated</c> columns: free labels joined by <c>;</c>.</summary>
    Labels,
    /// <summary><c>RecruiterRelationship</c>: one or more of five labels joined by <c>; </c>.</summary>
    Recruiter,
}

/// <summary>
/// The 63 columns of CTDC's k-anonymised global victim dataset, in file order
/// (see docs/research.md and ../shared/reference/privacy-and-research.md).
/// </summary>
internal static class CtdcLayout
{
    public static readonly IReadOnlyList<(string Name, CtdcKind Kind)> Columns = Build();

    public static int Count => Columns.Count;

    /// <summary>The default quasi-identifiers of <c>sanad research anonymize</c>: what an outsider may know about a victim.</summary>
    public static readonly string[] DefaultQuasiIdentifiers =
    [
        "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit",
        "majorityEntry", "citizenship", "CountryOfExploitation",
    ];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == name) return i;
        return -1;
    }

    private static List<(string, CtdcKind)> Build()
    {
        var columns = new List<(string, CtdcKind)>
        {
            ("yearOfRegistration", CtdcKind.Year), ("Datasource", CtdcKind.Datasource), ("gender", CtdcKind.Gender),
            ("ageBroad", CtdcKind.AgeBand), ("majorityStatus", CtdcKind.Majority), ("majorityStatusAtExploit", CtdcKind.Majority),
            ("majorityEntry", CtdcKind.Majority), ("citizenship", CtdcKind.Country),
        };
        Flags(columns, "meansOfControl", "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse",
            "PhysicalAbuse", "SexualAbuse", "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare",
            "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments", "Other", "NotSpecified");
        columns.Add(("meansOfControlConcatenated", CtdcKind.Labels));
        Flags(columns, "is", "ForcedLabour", "SexualExploit", "OtherExploit", "SexAndLabour", "ForcedMarriage", "ForcedMilitary", "OrganRemoval", "SlaveryAndPractices");
        columns.Add(("typeOfExploitConcatenated", CtdcKind.Labels));
        Flags(columns, "typeOfLabour", "Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork", "Hospitality", "IllicitActivities",
            "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other", "NotSpecified");
        columns.Add(("typeOfLabourConcatenated", CtdcKind.Labels));
        Flags(columns, "typeOfSex", "Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");
        columns.Add(("typeOfSexConcatenated", CtdcKind.Labels));
        columns.Add(("isAbduction", CtdcKind.Flag));
        columns.Add(("RecruiterRelationship", CtdcKind.Recruiter));
        columns.Add(("CountryOfExploitation", CtdcKind.Country));
        Flags(columns, "recruiterRelation", "IntimatePartner", "Friend", "Family", "Other", "Unknown");
        return columns;
    }

    private static void Flags(List<(string, CtdcKind)> columns, string prefix, params string[] names) =>
        columns.AddRange(names.Select(n => (prefix + n, CtdcKind.Flag)));
}
