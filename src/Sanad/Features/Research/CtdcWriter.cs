namespace Sanad.Features.Research;

/// <summary>
/// Writes a <see cref="CtdcTable"/> in the 63-column CTDC layout, atomically. Each distinct value is
/// escaped once, then rows are written from their codes. Export from Sanad's cases (CaseSnapshots) fills a
/// table and calls the same writer.
/// </summary>
internal static class CtdcWriter
{
    public static void Write(string path, CtdcTable table) => AtomicFile.Write(path, writer => Write(writer, table));

    public static void Write(TextWriter writer, CtdcTable table)
    {
        var columns = table.Columns;
        writer.WriteLine(string.Join(',', columns.Select(c => CsvField.Escape(c.Name))));
        var escaped = columns.Select(c => c.Values.Select(CsvField.Escape).ToArray()).ToArray();
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0) writer.Write(',');
                writer.Write(escaped[c][columns[c].Codes[row]]);
            }
            writer.WriteLine();
        }
    }
}
