using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Features.Research;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Dashboards;

/// <summary>
/// The dashboards: every chart as inline SVG with its figures as a table beside it, filtered by
/// period, citizenship and agency, each downloadable as SVG, CSV (with HXL) and PNG. A researcher
/// or coordinator also publishes a chart, or the whole dashboard as a PDF, through the privacy ledger.
/// </summary>
public sealed class IndexModel(ReadDashboard read, DashboardReleases publish, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }

    public IReadOnlyList<(ChartDefinition Chart, Figure Figure)> Charts { get; private set; } = [];
    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];
    public DashboardFilter Filter { get; private set; } = new();
    public bool RightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
    public IStringLocalizer T => t;
    public int MinimumCount => read.MinimumCount;
    public bool MayPublish => publish.MayPublish;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Agencies = await read.AgenciesAsync(ct);
        if (Parsed() is not { } filter) return Page();
        Filter = filter;
        var charts = await read.ReadAllAsync(filter, ct);
        if (!charts.Succeeded)
        {
            charts.Error!.AddTo(ModelState, t);
            return Page();
        }
        Charts = charts.Value!;
        await read.RecordViewAsync("page", filter);
        return Page();
    }

    /// <summary>One chart as a file: /Dashboards?handler=File&amp;chart=flows&amp;format=png plus the filter.</summary>
    public async Task<IActionResult> OnGetFileAsync(string chart, string format, CancellationToken ct)
    {
        if (!Enum.TryParse<ChartFormat>(format, ignoreCase: true, out var kind) || kind == ChartFormat.Json) return NotFound();
        if (Parsed() is not { } filter) return BadRequest(ModelState);
        var figure = await read.ReadAsync(chart, filter, ct);
        if (!figure.Succeeded) return figure.Error!.Kind == Domain.ErrorKind.NotFound ? NotFound() : Forbid();
        await read.RecordViewAsync(chart + "." + format.ToLowerInvariant(), filter);
        var file = ChartFile.Of(figure.Value!, kind, t);
        return File(file.Content, file.ContentType, file.Name);
    }

    /// <summary>Prepares a release of one chart with the filter shown; it waits in the ledger for a coordinator.</summary>
    public async Task<IActionResult> OnPostPublishChartAsync(string? chart, string? format, string? language, CancellationToken ct) =>
        await PublishedAsync(await publish.PrepareChartAsync(new PublishChartInput
        {
            Chart = chart, Format = format, Language = language, From = From, To = To, Country = Country, Agency = Agency,
        }, ct), ct);

    /// <summary>Prepares a release of the whole dashboard as a PDF with the filter shown.</summary>
    public async Task<IActionResult> OnPostPublishReportAsync(string? language, CancellationToken ct) =>
        await PublishedAsync(await publish.PrepareReportAsync(new PublishReportInput
        {
            Language = language, From = From, To = To, Country = Country, Agency = Agency,
        }, ct), ct);

    private async Task<IActionResult> PublishedAsync(Domain.Result<ReleaseView> prepared, CancellationToken ct)
    {
        if (prepared.Succeeded)
        {
            TempData["Prepared"] = t["The release is prepared: it waits for a coordinator's approval."].Value;
            return LocalRedirect($"/Research/Releases#release-{prepared.Value!.Id}");
        }
        if (prepared.Error!.Kind == Domain.ErrorKind.Forbidden) return Forbid();
        prepared.Error.AddTo(ModelState, t);
        return await OnGetAsync(ct);
    }

    private DashboardFilter? Parsed()
    {
        var filter = DashboardFilter.Parse(From, To, Country, Agency);
        if (filter.Succeeded) return filter.Value;
        filter.Error!.AddTo(ModelState, t);
        return null;
    }

    public string FileLink(string chart, string format) =>
        $"/Dashboards?handler=File&chart={chart}&format={format}" + (Filter.QueryString() is { Length: > 0 } q ? "&" + q : "");
}
