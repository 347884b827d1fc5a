using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Research;
using Sanad.Features.Dashboards;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Research;

/// <summary>How much of a chart's table was suppressed: the utility report of a chart or report release.</summary>
public sealed record ChartUtility(string Chart, int Rows, int Series, int Cells, int CellsSuppressed, int TotalsSuppressed, int? Total)
{
    public static ChartUtility Of(Figure figure, ChartDefinition chart) => new(
        chart.Id, figure.Rows.Count, figure.Series.Count, figure.Rows.Sum(r => r.Cells.Count), figure.Rows.Sum(r => r.Cells.Count(c => c.Suppressed)),
        figure.Rows.Count(r => r.Total.Suppressed) + (chart.Series is null ? 0 : figure.SeriesTotals.Count(c => c.Suppressed)) + (figure.Total.Suppressed ? 1 : 0),
        figure.Total.Count);
}

/// <summary>
/// Publishes the dashboards through the privacy ledger: one chart as CSV (with HXL) or PNG, or the
/// whole dashboard as a PDF report, for a filter and a language. The file is made and frozen when
/// it is prepared (ADR 0046): what the coordinator approves is exactly what leaves, whatever the
/// cases become afterwards. The ledger records, hashes, audits and serves it like any release.
/// </summary>
public sealed class DashboardReleases(SanadDb db, AccessScope caller, ReadDashboard read, StatisticalDatasets datasets, ReleaseLedger ledger,
    IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public const string Method = "small-count suppression";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Researchers and coordinators, the roles of the research area.</summary>
    public bool MayPublish => datasets.MayUse;

    public async Task<Result<ReleaseView>> PrepareChartAsync(PublishChartInput input, CancellationToken ct = default)
    {
        if (!MayPublish || caller.UserId is not { } preparer) return Error.Forbidden("Only a researcher or a coordinator works with research datasets.");
        if (await CheckAsync(input, ct) is { } broken) return broken;
        var filter = input.Filter().Value!;
        var chart = Dashboard.Find(input.Chart!)!;
        var figure = await read.ReadAsync(chart.Id, filter, ct);
        if (!figure.Succeeded) return figure.Error!;

        var format = input.Format == "png" ? ChartFormat.Png : ChartFormat.Csv;
        var file = InLanguage(input.Language!, () => ChartFile.Of(figure.Value!, format, t));
        var id = ReleaseId.New();
        var fileName = $"{Path.GetFileNameWithoutExtension(file.Name)}-{id.Value.ToString()[..8]}{Path.GetExtension(file.Name)}";
        AtomicFile.Write(ledger.FileOf(id, fileName), file.Content);
        var made = new MadeRelease(MethodText(read.MinimumCount),
            Serialize(new { chart = chart.Id, filter = FilterParameters(filter), format = input.Format, language = input.Language, minimumCount = read.MinimumCount }),
            null, Serialize(ChartUtility.Of(figure.Value!, chart)));
        return await ledger.RecordAsync(new LedgerEntry(id, ReleaseKinds.Chart, null, made, fileName), preparer, $"chart {chart.Id} {filter.QueryString()}", ct);
    }

    public async Task<Result<ReleaseView>> PrepareReportAsync(PublishReportInput input, CancellationToken ct = default)
    {
        if (!MayPublish || caller.UserId is not { } preparer) return Error.Forbidden("Only a researcher or a coordinator works with research datasets.");
        if (await CheckAsync(input, ct) is { } broken) return broken;
        var filter = input.Filter().Value!;
        var all = await read.ReadAllAsync(filter, ct);
        if (!all.Succeeded) return all.Error!;
        var figures = all.Value!;
        var node = await db.NodeSettings.AsNoTracking().Select(n => n.Country).SingleOrDefaultAsync(ct) ?? "";
        var agency = await AgencyCodeAsync(filter.Agency, db, ct);
        var now = clock.GetUtcNow();
        var content = InLanguage(input.Language!, () => DashboardReportPdf.Write(
            new DashboardReportContent(node, FilterText(IsoDay(filter.From), IsoDay(filter.To), filter.Country, agency, t), read.MinimumCount, figures), now, t));
        var id = ReleaseId.New();
        var fileName = $"sanad-dashboard-{input.Language}-{id.Value.ToString()[..8]}.pdf";
        AtomicFile.Write(ledger.FileOf(id, fileName), content);
        var made = new MadeRelease(MethodText(read.MinimumCount),
            Serialize(new { charts = figures.Select(f => f.Chart.Id), filter = FilterParameters(filter), format = "pdf", language = input.Language, minimumCount = read.MinimumCount }),
            null, Serialize(new { charts = figures.Select(f => ChartUtility.Of(f.Figure, f.Chart)) }));
        return await ledger.RecordAsync(new LedgerEntry(id, ReleaseKinds.Report, null, made, fileName), preparer, $"dashboard report {filter.QueryString()}", ct);
    }

    /// <summary>
    /// What a chart or report release shows as its source, in the reader's language: the chart's
    /// title (or the dashboard) and the filter it was made with, from its recorded parameters.
    /// </summary>
    internal static async Task<string> DescribeAsync(JsonElement parameters, SanadDb db, IStringLocalizer t, CancellationToken ct)
    {
        var title = parameters.TryGetProperty("chart", out var chart) && Dashboard.Find(chart.GetString() ?? "") is { } found
            ? t[found.Title].Value
            : t["The whole dashboard"].Value;
        if (!parameters.TryGetProperty("filter", out var filter)) return title;
        string? Text(string name) => filter.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var agency = AgencyId.TryParse(Text("agency"), out var id) ? await AgencyCodeAsync(id, db, ct) : null;
        return $"{title} · {FilterText(Text("from"), Text("to"), Text("country"), agency, t)}";
    }

    private static string FilterText(string? from, string? to, string? country, string? agency, IStringLocalizer t)
    {
        var parts = new List<string>();
        if (from is not null) parts.Add($"{t["From"]} {from}");
        if (to is not null) parts.Add($"{t["To"]} {to}");
        if (country is not null) parts.Add($"{t["Citizenship (ISO 3166)"]} {country}");
        if (agency is not null) parts.Add($"{t["Agency"]} {agency}");
        return parts.Count == 0 ? t["All cases of the node, every period"] : string.Join(", ", parts);
    }

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string?> AgencyCodeAsync(AgencyId? agency, SanadDb db, CancellationToken ct) => agency is { } id
        ? await db.Agencies.AsNoTracking().Where(a => a.Id == id).Select(a => a.Code).SingleOrDefaultAsync(ct)
        : null;

    /// <summary>The input's own rules, then that the agency filtered on exists: an unknown one would publish empty figures.</summary>
    private async Task<Error?> CheckAsync(DashboardReleaseInput input, CancellationToken ct)
    {
        if (input.Check() is { } broken) return broken;
        return input.Filter().Value!.Agency is { } agency && !await db.Agencies.AsNoTracking().AnyAsync(a => a.Id == agency, ct)
            ? Error.Invalid("The agency is not known.") with { Field = "agency" }
            : null;
    }

    private static object FilterParameters(DashboardFilter f) => new
    {
        from = IsoDay(f.From),
        to = IsoDay(f.To),
        country = f.Country,
        agency = f.Agency?.Value,
    };

    private static string MethodText(int minimumCount) =>
        $"{Method}: counts below {minimumCount} hidden, and as many others as would let them be worked out from the totals";

    /// <summary>Makes a file in the language asked for, whatever the preparer's own; the ledger's view stays in theirs.</summary>
    private static T InLanguage<T>(string language, Func<T> make)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.CultureFor(language);
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);
}
