namespace Sanad.Features.Dashboards;

/// <summary>
/// The grouped counts of a query, before suppression: rows in a fixed order (every known code,
/// so an empty row shows as zero) and series in a fixed order. Codes the query finds beyond the
/// known ones are added at the end rather than lost.
/// </summary>
internal sealed class Counts(IReadOnlyList<string> series, IEnumerable<string>? rows = null)
{
    private readonly List<string> _series = [.. series];
    private readonly List<string> _rows = [.. rows ?? []];
    private readonly Dictionary<(string Row, string Series), int> _counts = [];

    public void Add(string row, string series, int count)
    {
        if (!_rows.Contains(row)) _rows.Add(row);
        if (!_series.Contains(series)) _series.Add(series);
        _counts[(row, series)] = _counts.GetValueOrDefault((row, series)) + count;
    }

    public Figure ToFigure(string chart, int threshold, DashboardFilter filter)
    {
        var table = new int[_rows.Count, _series.Count];
        for (var r = 0; r < _rows.Count; r++)
        for (var s = 0; s < _series.Count; s++)
            table[r, s] = _counts.GetValueOrDefault((_rows[r], _series[s]));
        var (cells, rowTotals, seriesTotals, total) = SmallCounts.Suppress(table, threshold);
        var figureRows = _rows.Select((code, r) => new FigureRow(code, Enumerable.Range(0, _series.Count).Select(s => cells[r, s]).ToList(), rowTotals[r])).ToList();
        return new Figure(chart, _series, figureRows, seriesTotals, total, threshold, filter);
    }
}
