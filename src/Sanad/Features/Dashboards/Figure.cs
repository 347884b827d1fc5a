namespace Sanad.Features.Dashboards;

/// <summary>
/// One chart's figures: a table of counts, rows by series, with the totals of every row, every
/// series and the whole, after small counts were suppressed (<see cref="SmallCounts"/>). Codes,
/// not labels: pages and files translate them. Nothing in it names or links a case or a person.
/// </summary>
public sealed record Figure(
    string Chart,
    IReadOnlyList<string> Series,
    IReadOnlyList<FigureRow> Rows,
    IReadOnlyList<Cell> SeriesTotals,
    Cell Total,
    int MinimumCount,
    DashboardFilter Filter)
{
    public bool AnySuppressed => Total.Suppressed || SeriesTotals.Any(c => c.Suppressed) || Rows.Any(r => r.Total.Suppressed || r.Cells.Any(c => c.Suppressed));
}

public sealed record FigureRow(string Code, IReadOnlyList<Cell> Cells, Cell Total);

/// <summary>A count, or nothing when it was suppressed: a suppressed cell never carries its value.</summary>
public readonly record struct Cell(int? Count)
{
    public bool Suppressed => Count is null;

    public static Cell Hidden => new(null);
}
