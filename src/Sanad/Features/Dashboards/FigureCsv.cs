using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Sanad.Features.Dashboards;

/// <summary>
/// A figure as CSV: a header row of labels in the reader's language, then the HXL hashtag row
/// (so HDX and the HXL tools read it), then one line per row with a line of totals last. A
/// suppressed count is an empty field, never its value; zeros are written as 0.
/// </summary>
public static class FigureCsv
{
    public static string Write(Figure figure, ChartDefinition chart, IStringLocalizer t)
    {
        var series = chart.Series is null ? [] : figure.Series;
        var header = new List<string> { t["Code"], t["Label"] };
        var tags = new List<string> { chart.Rows.Hxl, chart.Rows.Hxl + "+name" };
        foreach (var code in series)
        {
            header.Add(chart.Series!.Label(code, t));
            tags.Add("#affected+" + chart.SeriesAttribute(code));
        }
        header.Add(t["Total"]);
        tags.Add(chart.Series is null ? "#affected" : "#affected+total");

        var csv = new StringBuilder();
        Line(csv, header);
        Line(csv, tags);
        foreach (var row in figure.Rows)
            Line(csv, [row.Code, chart.Rows.Label(row.Code, t), .. (chart.Series is null ? [] : row.Cells.Select(Count)), Count(row.Total)]);
        Line(csv, ["total", t["Total"], .. (chart.Series is null ? [] : figure.SeriesTotals.Select(Count)), Count(figure.Total)]);
        return csv.ToString();
    }

    private static string Count(Cell cell) => cell.Count?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a field starting with = + - @ is prefixed so no spreadsheet runs it as a formula.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0]) && !double.TryParse(field, CultureInfo.InvariantCulture, out _)) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
