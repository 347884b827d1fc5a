using System.Globalization;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>One line of an import file as text, with its line number in the file (the header is line 1).</summary>
public sealed record ImportedLine(int Line, IReadOnlyDictionary<string, string> Cells);

/// <summary>A problem of one line of an import (line 1 is the header), translated.</summary>
public sealed record ImportProblem(int Line, string Message);

/// <summary>
/// Reads an expenditure file, CSV (comma or semicolon, UTF-8) or XLSX (the first sheet), into lines
/// of text keyed by column name. Numbers in an XLSX are read back as the shortest text that gives
/// the same number (what was typed), then parsed as decimal like any CSV cell.
/// </summary>
public static class ExpenditureImport
{
    public static readonly IReadOnlyList<string> Columns = ["budget_line", "funder", "date", "amount", "currency", "description", "reference", "eligible"];
    public static readonly IReadOnlyList<string> RequiredColumns = ["budget_line", "funder", "date", "amount", "currency", "description"];

    public static (IReadOnlyList<string> Header, IReadOnlyList<ImportedLine> Lines) Read(Stream file, string fileName)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return ReadXlsx(file);
        using var text = new StreamReader(file, System.Text.Encoding.UTF8);
        return ReadCsv(text.ReadToEnd());
    }

    private static (IReadOnlyList<string>, IReadOnlyList<ImportedLine>) ReadCsv(string text)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        var header = new List<string>();
        var lines = new List<ImportedLine>();
        var number = 0;
        foreach (var row in reader)
        {
            number++;
            var cells = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++) cells.Add(row[i].ToString().Trim());
            if (number == 1) { header = cells.Select(c => c.ToLowerInvariant()).ToList(); continue; }
            if (cells.All(c => c.Length == 0)) continue;
            lines.Add(new ImportedLine(number, Keyed(header, cells)));
        }
        return (header, lines);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<ImportedLine>) ReadXlsx(Stream file)
    {
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        copy.Position = 0;
        var rows = MiniExcel.Query(copy, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        if (rows.Count == 0) return ([], []);
        var header = rows[0].Values.Select(v => Text(v).ToLowerInvariant()).ToList();
        var lines = new List<ImportedLine>();
        for (var i = 1; i < rows.Count; i++)
        {
            var cells = rows[i].Values.Select(Text).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            lines.Add(new ImportedLine(i + 1, Keyed(header, cells)));
        }
        return (header, lines);
    }

    private static Dictionary<string, string> Keyed(List<string> header, List<string> cells)
    {
        var keyed = new Dictionary<string, string>();
        for (var i = 0; i < header.Count; i++) keyed[header[i]] = i < cells.Count ? cells[i] : "";
        return keyed;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
