namespace Sanad.Features.Seeding;

/// <summary>
/// The shares the generator draws from, counted in the CTDC global victim dataset sample
/// (../shared/data/ctdc/ctdc-global-sample.csv, 2,239 rows; data: Counter Trafficking Data
/// Collaborative, ctdatacollaborative.org). Counts leave out rows where the field is -99
/// (missing or suppressed). Kept as counts, not percentages, so each line can be checked
/// against the file.
/// </summary>
internal static class CtdcShares
{
    /// <summary>gender: Female 1,653, Male 586.</summary>
    public static readonly (bool Female, double Count)[] Sex = [(true, 1653), (false, 586)];

    /// <summary>ageBroad, as (youngest, oldest) age of each band.</summary>
    public static readonly ((int From, int To) Band, double Count)[] Age =
    [
        ((3, 8), 87), ((9, 17), 402), ((18, 20), 411), ((21, 23), 113), ((24, 26), 146),
        ((27, 29), 48), ((30, 38), 275), ((39, 47), 182), ((48, 60), 23),
    ];

    /// <summary>
    /// citizenship, restricted to the ten origin countries of the region. The sample has only two
    /// of them (PH 538, UG 32), so each country also gets a pseudo-count of 57 (one tenth of those
    /// 570 rows): half the mass follows CTDC, half is spread evenly, and every country has names.
    /// </summary>
    public static readonly (string Country, double Count)[] Citizenship =
        [.. OriginCountry.All.Select(c => (c.Code, 57.0 + c.Code switch { "PH" => 538, "UG" => 32, _ => 0 }))];

    /// <summary>Datasource: case-management records are identified victims (actual), hotline records are possible ones.</summary>
    public const double ActualShare = 1671.0 / 2239;

    /// <summary>typeOfExploitConcatenated by gender: (sexual, labour, other).</summary>
    public static readonly (double Sexual, double Labour, double Other) FemaleExploitation = (678, 238, 244);
    public static readonly (double Sexual, double Labour, double Other) MaleExploitation = (54, 217, 61);

    /// <summary>
    /// meansOfControl* = 1 among the 413 rows that name at least one means (3.3 per row on
    /// average); the column names are the HTCDS value names. Rows marked NotSpecified are left out:
    /// a screened case in Sanad records the means, which is what the demo should show.
    /// </summary>
    public const double RowsNamingMeans = 413;
    public static readonly (string Means, double Count)[] MeansOfControl =
    [
        ("DebtBondage", 43), ("TakesEarnings", 86), ("RestrictsFinancialAccess", 4), ("Threats", 141),
        ("PsychologicalAbuse", 154), ("PhysicalAbuse", 157), ("SexualAbuse", 74), ("FalsePromises", 111),
        ("PsychoactiveSubstances", 84), ("RestrictsMovement", 174), ("RestrictsMedicalCare", 34),
        ("ExcessiveWorkingHours", 85), ("UsesChildren", 3), ("ThreatOfLawEnforcement", 25),
        ("WithholdsNecessities", 58), ("WithholdsDocuments", 72), ("Other", 59),
    ];

    /// <summary>typeOfLabour* = 1 among forced-labour rows that name the work (338 of 494).</summary>
    public static readonly (string Labour, double Count)[] Labour =
    [
        ("DomesticWork", 175), ("Manufacturing", 45), ("Construction", 31), ("Agriculture", 23), ("Peddling", 23),
        ("Begging", 14), ("Aquafarming", 13), ("Hospitality", 13), ("Other", 1),
    ];

    /// <summary>The ISIC section each kind of labour falls in; begging and "other" have none.</summary>
    public static string? IndustryOf(string labour) => labour switch
    {
        "DomesticWork" => "T_ActivitiesOfHouseholdsAsEmployers",
        "Manufacturing" => "C_Manufacturing",
        "Construction" => "F_Construction",
        "Agriculture" or "Aquafarming" => "A_AgricultureForestryAndFishing",
        "Peddling" => "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
        "Hospitality" => "I_AccommodationAndFoodServiceActivities",
        _ => null,
    };
}
