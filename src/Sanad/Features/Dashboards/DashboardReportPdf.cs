using System.Globalization;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Accounts;
using Sanad.Web;
using Sanad.Web.Charts;
using Sanad.Web.Printing;

namespace Sanad.Features.Dashboards;

/// <summary>What a dashboard report prints: the node, the filter in words, the suppression threshold and every chart's figures.</summary>
public sealed record DashboardReportContent(string Node, string Filter, int MinimumCount, IReadOnlyList<(ChartDefinition Chart, Figure Figure)> Charts);

/// <summary>
/// The whole dashboard as a printed report in the current language: a summary (node, filter, the
/// suppression rule), then per chart its title, description, its figures as a table (one line per
/// row, every series with the row's total) and a bar chart of the row totals.
/// </summary>
public static class DashboardReportPdf
{
    public static byte[] Write(DashboardReportContent c, DateTimeOffset now, IStringLocalizer t)
    {
        var sections = new List<PrintedSection>
        {
            new(t["Summary"], [
                new(t["Node"], $"Sanad · {c.Node}"),
                new(t["Filter"], c.Filter),
                new(null, t["Counts of cases, never a case: counts below {0} are suppressed ({1}), and so are as many others as would let them be worked out from the totals.", c.MinimumCount, SvgChart.SuppressedMark]),
            ]),
        };
        sections.AddRange(c.Charts.Select(chart => Chart(chart.Chart, chart.Figure, t)));
        var footer = t["Prepared by Sanad on {0}", now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
        return PdfPrinter.Print(new PrintedDocument(t["Dashboard report"], Localization.CurrentLanguage == Languages.Arabic, sections, footer));
    }

    private static PrintedSection Chart(ChartDefinition chart, Figure figure, IStringLocalizer t)
    {
        var rows = new List<PrintedRow> { new(null, t[chart.Description]) };
        rows.AddRange(figure.Rows.Select(r => new PrintedRow(chart.Rows.Label(r.Code, t), Line(chart, figure, r.Cells, r.Total, t))));
        rows.Add(new PrintedRow(t["Total"], Line(chart, figure, figure.SeriesTotals, figure.Total, t)));
        // Rows with nothing to draw are in the table already; the chart shows the rows with cases, a suppressed total as an empty bar.
        var bars = figure.Rows.Where(r => r.Total.Count is not 0)
            .Select(r => new PrintedBarGroup(chart.Rows.Label(r.Code, t), [r.Total.Count ?? 0], Count(r.Total))).ToList();
        return new PrintedSection(t[chart.Title], rows, bars.Count == 0 ? null : new PrintedChart([t["Total"]], bars));
    }

    /// <summary>Every series' count then the total: "Female 12 · Male 9 · Total 21"; a chart without series gives its total alone.</summary>
    private static string Line(ChartDefinition chart, Figure figure, IReadOnlyList<Cell> cells, Cell total, IStringLocalizer t) => chart.Series is null
        ? Count(total)
        : string.Join(" · ", figure.Series.Select((code, i) => $"{chart.Series.Label(code, t)} {Count(cells[i])}").Append($"{t["Total"]} {Count(total)}"));

    private static string Count(Cell cell) => cell.Count?.ToString("N0", CultureInfo.CurrentCulture) ?? SvgChart.SuppressedMark;
}
