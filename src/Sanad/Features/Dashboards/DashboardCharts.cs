using Microsoft.Extensions.Localization;

namespace Sanad.Features.Dashboards;

/// <summary>How a chart is drawn.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars, one per row, stacked by series when there are several.</summary>
    Bars,
    /// <summary>Rows by series as a grid of shaded cells (citizenship to country of exploitation).</summary>
    Matrix,
    /// <summary>Vertical bars over ordered bins (a distribution).</summary>
    Histogram,
}

/// <summary>
/// One way of cutting the counts: how its codes are shown (through a translation prefix) and
/// tagged in a CSV file (HXL hashtags; humanitarianstandards.org / hxlstandard.org).
/// </summary>
public sealed record Dimension(string Name, string Hxl, Func<string, IStringLocalizer, string> Label)
{
    public static Dimension Prefixed(string name, string hxl, string prefix) => new(name, hxl, (code, t) => t[prefix + code]);

    public static Dimension Plain(string name, string hxl) => new(name, hxl, (code, _) => code);

    /// <summary>Country codes as they are (ISO 3166-1 alpha-2), and "unknown" translated.</summary>
    public static Dimension Countries(string name, string hxl) => new(name, hxl, (code, t) => code == Dashboard.Unknown ? t["Unknown"] : code);
}

/// <summary>A chart of the dashboard: what it counts, how it is cut, how it is drawn.</summary>
public sealed record ChartDefinition(string Id, string Title, string Description, ChartKind Kind, Dimension Rows, Dimension? Series)
{
    /// <summary>The HXL attribute a series code gets in a column's hashtag (#affected+f).</summary>
    public string SeriesAttribute(string code) => Series?.Name switch
    {
        "sex" => code switch { "female" => "f", "male" => "m", "other" => "o", _ => "u" },
        "country" => "to_" + code.ToLowerInvariant(),
        _ => code.Replace('-', '_').ToLowerInvariant(),
    };
}

/// <summary>The dashboard's charts, in the order the page shows them.</summary>
public static class Dashboard
{
    public const string Unknown = "unknown";
    /// <summary>The single series of a chart that is not cut by series.</summary>
    public const string Cases = "cases";

    private static readonly Dimension Sex = Dimension.Prefixed("sex", "#group+sex", "sex:");

    public static readonly IReadOnlyList<ChartDefinition> Charts =
    [
        new("victims-by-year", "Victims identified by year and sex",
            "Cases of people identified as possible or actual victims, by the year the case was opened, stacked by sex.",
            ChartKind.Bars, Dimension.Plain("year", "#date+year"), Sex),
        new("victims-by-age", "Victims identified by age band and sex",
            "Cases of people identified as possible or actual victims, by age band at the opening of the case, stacked by sex.",
            ChartKind.Bars, Dimension.Prefixed("age-band", "#group+age+code", "age-band:"), Sex),
        new("exploitation", "Type of exploitation",
            "Forms of labour and sexual exploitation recorded on the cases of identified victims; a case may have several.",
            ChartKind.Bars, Dimension.Prefixed("exploitation", "#indicator+exploitation+code", ""), null),
        new("sectors", "Sector of exploitation (ISIC)",
            "Industries (ISIC sections) in which identified victims were exploited; a case may have several.",
            ChartKind.Bars, Dimension.Prefixed("isic", "#sector+isic+code", "isic:"), null),
        new("means-of-control", "Means of control",
            "How the traffickers controlled identified victims; a case may have several.",
            ChartKind.Bars, Dimension.Prefixed("control", "#indicator+control+code", "control:"), null),
        new("flows", "Citizenship to country of exploitation",
            "Cases of identified victims by citizenship (rows) and country of exploitation (columns).",
            ChartKind.Matrix, Dimension.Countries("citizenship", "#country+code+citizenship"), Dimension.Countries("country", "#country+code+exploitation")),
        new("referrals", "Referrals by type of service and state",
            "Referrals sent for the cases, by the type of service asked for and the state they reached.",
            ChartKind.Bars, new Dimension("service", "#activity+service+code", (code, t) => code == NoService ? t["No particular service"] : t["service:" + code]),
            Dimension.Prefixed("referral-state", "#status+referral", "referral-state:")),
        new("services", "Services delivered by type and outcome",
            "Services the people of the cases received, by type and outcome.",
            ChartKind.Bars, Dimension.Prefixed("service", "#activity+service+code", "service:"), Dimension.Prefixed("service-outcome", "#status+service", "service-outcome:")),
        new("time-to-assistance", "Time from identification to assistance",
            "Days from the first identification decision (possible, presumed or formal) to the first service delivered.",
            ChartKind.Histogram, Dimension.Prefixed("duration", "#indicator+days_to_assistance+code", "duration:"), null),
    ];

    /// <summary>A referral sent to an agency rather than to one of its services.</summary>
    public const string NoService = "none";

    public static ChartDefinition? Find(string id) => Charts.FirstOrDefault(c => c.Id == id);

    public static readonly IReadOnlyList<string> AgeBands = ["0-8", "9-17", "18-29", "30-47", "48+", Unknown];

    public static readonly IReadOnlyList<string> DurationBins = ["same-day", "1-7", "8-30", "31-90", "91-365", "over-365", "not-yet"];
}
