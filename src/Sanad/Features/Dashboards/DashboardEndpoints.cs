using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;
using Sanad.Web.Charts;

namespace Sanad.Features.Dashboards;

/// <summary>/api/v1/dashboards: the charts, their figures as JSON, and each as SVG, CSV (with HXL) or PNG.</summary>
public static class DashboardEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var dashboards = api.MapGroup("/dashboards").WithTags("Dashboards").RequireAuthorization(Policies.Dashboards);

        dashboards.MapGet("/", (IStringLocalizer<SharedResource> t) =>
                TypedResults.Ok(Dashboard.Charts.Select(c => new ChartSummary(c.Id, t[c.Title], t[c.Description], Codes.Of(c.Kind), $"/api/v1/dashboards/{c.Id}"))))
            .WithSummary("The dashboard's charts");

        dashboards.MapGet("/{chart}", (string chart, string? from, string? to, string? country, string? agency, ReadDashboard read, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                Answer(chart, from, to, country, agency, read, t, ChartFormat.Json, ct))
            .WithSummary("A chart's figures: counts by row and series with totals; a suppressed count is null with suppressed = true")
            .WithDescription("Filters: from and to (YYYY-MM-DD, inclusive), country (citizenship, ISO 3166-1 alpha-2), agency (id; a supervisor's own only). Counts below Dashboards:MinimumCount are suppressed, and as many more as keep them from being worked out from the totals.");

        dashboards.MapGet("/{chart}/{format:regex(^(svg|csv|png)$)}", (string chart, string format, string? from, string? to, string? country, string? agency, string? lang,
                ReadDashboard read, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                // A file may be wanted in another language than the reader's own (an Arabic chart for a report): lang=ar|fr|en.
                if (Domain.Accounts.Languages.IsSupported(lang)) CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.CultureFor(lang!);
                return Answer(chart, from, to, country, agency, read, t, Enum.Parse<ChartFormat>(format, ignoreCase: true), ct);
            })
            .WithSummary("A chart as SVG (right-to-left in Arabic), CSV with an HXL hashtag row, or PNG; labels in the caller's language, or in lang (ar, fr, en)");
    }

    private static async Task<IResult> Answer(string chart, string? from, string? to, string? country, string? agency, ReadDashboard read,
        IStringLocalizer<SharedResource> t, ChartFormat format, CancellationToken ct)
    {
        var filter = DashboardFilter.Parse(from, to, country, agency);
        if (!filter.Succeeded) return filter.Error!.ToProblem(t);
        var figure = await read.ReadAsync(chart, filter.Value!, ct);
        if (!figure.Succeeded) return figure.Error!.ToProblem(t);
        await read.RecordViewAsync(chart + (format == ChartFormat.Json ? "" : "." + Codes.Of(format)), filter.Value!);
        return Download(figure.Value!, format, t);
    }

    private static IResult Download(Figure figure, ChartFormat format, IStringLocalizer t)
    {
        if (format == ChartFormat.Json) return TypedResults.Ok(figure);
        var file = ChartFile.Of(figure, format, t);
        return TypedResults.File(file.Content, file.ContentType, format == ChartFormat.Svg ? null : file.Name);
    }
}

/// <summary>A chart as a file, in the current language: the same bytes for the API and the page's download links.</summary>
public sealed record ChartFile(byte[] Content, string ContentType, string Name)
{
    public static ChartFile Of(Figure figure, ChartFormat format, IStringLocalizer t)
    {
        var chart = Dashboard.Find(figure.Chart)!;
        var rtl = CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
        var name = $"sanad-{chart.Id}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";
        return format switch
        {
            ChartFormat.Csv => new(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FigureCsv.Write(figure, chart, t))).ToArray(), "text/csv; charset=utf-8", name + ".csv"),
            ChartFormat.Png => new(ChartPng.Render(SvgChart.Render(figure, chart, t, rtl)), "image/png", name + ".png"),
            _ => new(Encoding.UTF8.GetBytes(SvgChart.Render(figure, chart, t, rtl)), "image/svg+xml; charset=utf-8", name + ".svg"),
        };
    }
}

public enum ChartFormat
{
    Json,
    Svg,
    Csv,
    Png,
}

public sealed record ChartSummary(string Id, string Title, string Description, string Kind, string Href);
