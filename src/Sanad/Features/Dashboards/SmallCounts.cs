namespace Sanad.Features.Dashboards;

/// <summary>
/// Small-count suppression of a table with its margins (the rule of docs/dashboards.md).
/// Primary: a cell or total between 1 and the threshold less one is suppressed. Secondary: every
/// line of the table (a row with its row total, a series with its series total, the row totals
/// with the grand total, the series totals with the grand total) is an equation a reader could
/// solve for one unknown; so no line may have exactly one suppressed value. Where it has, the
/// smallest other non-zero value of the line is suppressed too (the line's total only when no
/// cell is left), and the lines are checked again until none has a single unknown.
/// Zeros are shown: they say no case, which the threshold does not protect against anyway.
/// </summary>
public static class SmallCounts
{
    public static (Cell[,] Cells, Cell[] RowTotals, Cell[] SeriesTotals, Cell Total) Suppress(int[,] counts, int threshold)
    {
        var rows = counts.GetLength(0);
        var series = counts.GetLength(1);
        // The table with its margins: row r < rows, column s < series are cells; column `series` holds the row totals,
        // row `rows` the series totals, and [rows, series] the grand total.
        var values = new int[rows + 1, series + 1];
        for (var r = 0; r < rows; r++)
        for (var s = 0; s < series; s++)
        {
            values[r, s] = counts[r, s];
            values[r, series] += counts[r, s];
            values[rows, s] += counts[r, s];
            values[rows, series] += counts[r, s];
        }
        var hidden = new bool[rows + 1, series + 1];
        for (var r = 0; r <= rows; r++)
        for (var s = 0; s <= series; s++)
            hidden[r, s] = values[r, s] > 0 && values[r, s] < threshold;

        var lines = new List<(int Row, int Series)[]>();
        for (var r = 0; r <= rows; r++) lines.Add(Enumerable.Range(0, series + 1).Select(s => (r, s)).ToArray());
        for (var s = 0; s <= series; s++) lines.Add(Enumerable.Range(0, rows + 1).Select(r => (r, s)).ToArray());
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(p => hidden[p.Row, p.Series]) != 1) continue;
                // The line's last position is its total; prefer hiding a cell, the smallest non-zero one.
                var candidate = line[..^1].Where(p => !hidden[p.Row, p.Series] && values[p.Row, p.Series] > 0)
                    .OrderBy(p => values[p.Row, p.Series]).Cast<(int, int)?>().FirstOrDefault() ?? line[^1];
                if (hidden[candidate.Item1, candidate.Item2]) continue;
                hidden[candidate.Item1, candidate.Item2] = true;
                changed = true;
            }
        } while (changed);

        Cell At(int r, int s) => hidden[r, s] ? Cell.Hidden : new Cell(values[r, s]);
        var cells = new Cell[rows, series];
        for (var r = 0; r < rows; r++)
        for (var s = 0; s < series; s++)
            cells[r, s] = At(r, s);
        return (cells, Enumerable.Range(0, rows).Select(r => At(r, series)).ToArray(),
            Enumerable.Range(0, series).Select(s => At(rows, s)).ToArray(), At(rows, series));
    }
}
