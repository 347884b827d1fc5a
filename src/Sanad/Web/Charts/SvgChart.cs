using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Sanad.Features.Dashboards;

namespace Sanad.Web.Charts;

/// <summary>
/// Draws a dashboard figure as SVG on the server: horizontal (stacked) bars, a shaded matrix,
/// or a histogram. Right-to-left for Arabic: the root is marked direction="rtl" and every x
/// position is mirrored, so bars grow from the right and labels sit on the right. Only
/// presentation attributes (no style attribute, no script), so the page's strict CSP allows it
/// inline. A suppressed count is drawn as nothing and written as its mark, never as a value.
/// </summary>
public static class SvgChart
{
    public const string FontFamily = "DejaVu Sans, Noto Sans, Arial, sans-serif";
    public const int Width = 760;
    /// <summary>What a suppressed count shows instead of its value.</summary>
    public const string SuppressedMark = "●";

    private static readonly string[] Palette =
        ["#1f5f8b", "#e07b39", "#3a9a5b", "#b8404f", "#7c5ca8", "#8c6d31", "#c75d9e", "#5f6b73", "#2aa6b8", "#9aa53a"];

    public static string Render(Figure figure, ChartDefinition chart, IStringLocalizer t, bool rtl)
    {
        var canvas = new Canvas(rtl);
        var height = chart.Kind switch
        {
            ChartKind.Matrix => Matrix(canvas, figure, chart, t),
            ChartKind.Histogram => Histogram(canvas, figure, chart, t),
            _ => Bars(canvas, figure, chart, t),
        };
        var title = t[chart.Title].Value;
        var description = t[chart.Description].Value + (figure.AnySuppressed ? " " + t["Counts below {0} are suppressed ({1}).", figure.MinimumCount, SuppressedMark].Value : "");
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" ")
            .Append(CultureInfo.InvariantCulture, $"role=\"img\" aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\" direction=\"{(rtl ? "rtl" : "ltr")}\" ")
            .Append(CultureInfo.InvariantCulture, $"font-family=\"{FontFamily}\" font-size=\"12\" class=\"chart\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{chart.Id}-title\">{Escape(title)}</title><desc id=\"{chart.Id}-desc\">{Escape(description)}</desc>")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        // Not bold: the one embedded face has no bold, and the PNG renderer would drop a bold title rather than simulate it.
        canvas.Text(svg, 12, 22, title, start: true, size: 15);
        svg.Append(canvas.Body).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Horizontal bars, stacked by series, with each row's total at the end of its bar.</summary>
    private static int Bars(Canvas c, Figure figure, ChartDefinition chart, IStringLocalizer t)
    {
        const int labelWidth = 250, rowHeight = 24, valueWidth = 60;
        var top = 40;
        if (figure.Series.Count > 1) top = Legend(c, figure, chart, t, top);
        var barWidth = Width - labelWidth - valueWidth - 24;
        // A filter that matches no case gives no rows (years, flows): an empty chart, not an error.
        var max = Math.Max(1, figure.Rows.Select(r => r.Total.Count ?? r.Cells.Sum(x => x.Count ?? 0)).DefaultIfEmpty(0).Max());
        var y = top;
        foreach (var row in figure.Rows)
        {
            c.Text(c.Body, labelWidth, y + 16, chart.Rows.Label(row.Code, t), start: false);
            double x = labelWidth + 8;
            for (var s = 0; s < row.Cells.Count; s++)
            {
                if (row.Cells[s].Count is not { } n || n == 0) continue;
                var w = barWidth * (double)n / max;
                c.Rect(x, y + 4, w, rowHeight - 8, Palette[s % Palette.Length], $"{chart.Rows.Label(row.Code, t)}, {SeriesLabel(figure, chart, s, t)}: {Number(n)}");
                x += w;
            }
            c.Text(c.Body, x + 6, y + 16, Value(row.Total), start: true);
            y += rowHeight;
        }
        c.Line(labelWidth + 8, top, labelWidth + 8, y);
        return y + 16;
    }

    /// <summary>Rows by series as shaded cells; darker is more; each cell written with its count.</summary>
    private static int Matrix(Canvas c, Figure figure, ChartDefinition chart, IStringLocalizer t)
    {
        const int labelWidth = 120, rowHeight = 24;
        var columns = Math.Max(1, figure.Series.Count);
        var cellWidth = Math.Min(70, (Width - labelWidth - 24) / columns);
        var top = 44;
        c.Text(c.Body, labelWidth, top + 14, t["Citizenship"] + " / " + t["Country of exploitation"], start: false, size: 10);
        for (var s = 0; s < figure.Series.Count; s++)
            c.Text(c.Body, labelWidth + 8 + s * cellWidth + cellWidth / 2.0, top + 14, SeriesLabel(figure, chart, s, t), middle: true);
        top += 22;
        var max = Math.Max(1, figure.Rows.SelectMany(r => r.Cells).Select(x => x.Count ?? 0).DefaultIfEmpty(0).Max());
        var y = top;
        foreach (var row in figure.Rows)
        {
            c.Text(c.Body, labelWidth, y + 16, chart.Rows.Label(row.Code, t), start: false);
            for (var s = 0; s < row.Cells.Count; s++)
            {
                var x = labelWidth + 8 + s * cellWidth;
                var cell = row.Cells[s];
                var shade = cell.Count is { } n ? 0.08 + 0.82 * n / max : 0;
                c.Rect(x + 1, y + 1, cellWidth - 2, rowHeight - 2, "#1f5f8b", $"{chart.Rows.Label(row.Code, t)} → {SeriesLabel(figure, chart, s, t)}: {Value(cell)}", shade, cell.Suppressed ? "#f2f2f2" : null);
                c.Text(c.Body, x + cellWidth / 2.0, y + 16, Value(cell), middle: true, fill: shade > 0.5 ? "#ffffff" : "#222222");
            }
            y += rowHeight;
        }
        return y + 16;
    }

    /// <summary>Vertical bars over ordered bins, the first bin at the reading start (left, or right in Arabic).</summary>
    private static int Histogram(Canvas c, Figure figure, ChartDefinition chart, IStringLocalizer t)
    {
        const int top = 56, plotHeight = 200, left = 40;
        var bins = figure.Rows.Count;
        var slot = (Width - left - 24) / (double)Math.Max(1, bins);
        var max = Math.Max(1, figure.Rows.Select(r => r.Total.Count ?? 0).DefaultIfEmpty(0).Max());
        var baseline = top + plotHeight;
        for (var b = 0; b < bins; b++)
        {
            var row = figure.Rows[b];
            var x = left + b * slot;
            if (row.Total.Count is { } n && n > 0)
            {
                var h = plotHeight * (double)n / max;
                c.Rect(x + 6, baseline - h, slot - 12, h, Palette[0], $"{chart.Rows.Label(row.Code, t)}: {Number(n)}");
            }
            c.Text(c.Body, x + slot / 2, baseline - (row.Total.Count ?? 0) * (double)plotHeight / max - 6, Value(row.Total), middle: true);
            c.Text(c.Body, x + slot / 2, baseline + 18, chart.Rows.Label(row.Code, t), middle: true, size: 11);
        }
        c.Line(left, baseline, Width - 24, baseline);
        return baseline + 40;
    }

    private static int Legend(Canvas c, Figure figure, ChartDefinition chart, IStringLocalizer t, int top)
    {
        double x = 12;
        for (var s = 0; s < figure.Series.Count; s++)
        {
            var label = SeriesLabel(figure, chart, s, t);
            c.Rect(x, top + 2, 12, 12, Palette[s % Palette.Length], label);
            c.Text(c.Body, x + 16, top + 12, label, start: true, size: 11);
            x += 28 + label.Length * 7;
            if (x > Width - 120 && s < figure.Series.Count - 1)
            {
                x = 12;
                top += 18;
            }
        }
        return top + 24;
    }

    private static string SeriesLabel(Figure figure, ChartDefinition chart, int s, IStringLocalizer t) =>
        chart.Series?.Label(figure.Series[s], t) ?? t["Cases"];

    private static string Value(Cell cell) => cell.Count is { } n ? Number(n) : SuppressedMark;

    private static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    internal static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? "";

    /// <summary>Positions in reading order, mirrored for right-to-left.</summary>
    private sealed class Canvas(bool rtl)
    {
        public StringBuilder Body { get; } = new();

        private double X(double x) => rtl ? Width - x : x;

        public void Rect(double x, double y, double w, double h, string fill, string label, double opacity = 1, string? background = null)
        {
            var left = rtl ? Width - x - w : x;
            if (background is not null)
                Body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left:0.#}\" y=\"{y:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\" fill=\"{background}\"/>");
            Body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, w):0.#}\" height=\"{Math.Max(0, h):0.#}\" fill=\"{fill}\" fill-opacity=\"{opacity:0.##}\"><title>{Escape(label)}</title></rect>");
        }

        public void Line(double x1, double y1, double x2, double y2) =>
            Body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(x1):0.#}\" y1=\"{y1:0.#}\" x2=\"{X(x2):0.#}\" y2=\"{y2:0.#}\" stroke=\"#555555\" stroke-width=\"1\"/>");

        /// <summary>Text anchored at its reading start (or end).</summary>
        public void Text(StringBuilder to, double x, double y, string text, bool start = true, bool middle = false, int size = 12, string fill = "#222222")
        {
            // Under direction="rtl" the start of a text is its right end, so the anchor follows the reading direction as the x does.
            var anchor = middle ? "middle" : start ? "start" : "end";
            to.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(x):0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\"")
                .Append('>').Append(Escape(text)).Append("</text>");
        }
    }
}
