using Sanad.Features.Dashboards;

namespace Sanad.Tests.Features.Dashboards;

/// <summary>The suppression rule on tables made to break it.</summary>
public sealed class SmallCountsTests
{
    [Fact]
    public void A_small_cell_is_hidden_and_so_is_a_second_one_in_its_row_and_its_column()
    {
        var (cells, rows, series, total) = SmallCounts.Suppress(new[,] { { 3, 40, 50 }, { 20, 30, 60 } }, 5);
        Assert.True(cells[0, 0].Suppressed);
        // Row 0 total 93 and column 0 total 23 are shown: a second cell of each must be hidden, or 3 = 93 - 40 - 50.
        Assert.True(cells[0, 1].Suppressed);
        Assert.True(cells[1, 0].Suppressed);
        AssertNoLineHasOneUnknown(cells, rows, series, total);
        Assert.Equal(203, total.Count);
    }

    [Fact]
    public void A_row_of_one_small_cell_hides_the_row_total_and_another_row_total()
    {
        var (cells, rows, series, total) = SmallCounts.Suppress(new[,] { { 2, 0 }, { 30, 40 }, { 25, 0 } }, 5);
        Assert.True(cells[0, 0].Suppressed);
        Assert.True(rows[0].Suppressed);
        AssertNoLineHasOneUnknown(cells, rows, series, total);
    }

    [Fact]
    public void Zeros_and_counts_at_the_threshold_are_shown()
    {
        var (cells, rows, _, total) = SmallCounts.Suppress(new[,] { { 5, 0 }, { 9, 12 } }, 5);
        Assert.Equal([5, 0, 9, 12], new[] { cells[0, 0].Count, cells[0, 1].Count, cells[1, 0].Count, cells[1, 1].Count });
        Assert.Equal(5, rows[0].Count);
        Assert.Equal(26, total.Count);
    }

    [Fact]
    public void Random_tables_never_leave_a_line_with_a_single_unknown_nor_a_small_count_shown()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var table = new int[random.Next(1, 7), random.Next(1, 6)];
            for (var r = 0; r < table.GetLength(0); r++)
            for (var s = 0; s < table.GetLength(1); s++)
                table[r, s] = random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 60);
            var (cells, rows, series, total) = SmallCounts.Suppress(table, 5);
            foreach (var cell in cells.Cast<Cell>().Concat(rows).Concat(series).Append(total))
                Assert.False(cell.Count is > 0 and < 5, "a count below the threshold was shown");
            AssertNoLineHasOneUnknown(cells, rows, series, total);
        }
    }

    /// <summary>Each row with its total, each column with its total, and both margins with the grand total.</summary>
    internal static void AssertNoLineHasOneUnknown(Cell[,] cells, IReadOnlyList<Cell> rows, IReadOnlyList<Cell> series, Cell total)
    {
        for (var r = 0; r < cells.GetLength(0); r++)
            Assert.NotEqual(1, Enumerable.Range(0, cells.GetLength(1)).Select(s => cells[r, s]).Append(rows[r]).Count(c => c.Suppressed));
        for (var s = 0; s < cells.GetLength(1); s++)
            Assert.NotEqual(1, Enumerable.Range(0, cells.GetLength(0)).Select(r => cells[r, s]).Append(series[s]).Count(c => c.Suppressed));
        Assert.NotEqual(1, rows.Append(total).Count(c => c.Suppressed));
        Assert.NotEqual(1, series.Append(total).Count(c => c.Suppressed));
    }
}

/// <summary>The PNG renderer's workaround for numbers inside Arabic labels.</summary>
public sealed class ChartPngTextTests
{
    [Fact]
    public void Digits_inside_an_arabic_label_are_turned_round_for_the_renderer_and_plain_counts_are_left_alone()
    {
        var svg = "<svg><text x=\"1\">من 31 إلى 1,234 يومًا</text><text x=\"2\">2024</text><text x=\"3\">31 to 90 days</text></svg>";
        var prepared = Sanad.Web.Charts.ChartPng.DigitsForRightToLeftRuns(svg);
        Assert.Equal("<svg><text x=\"1\">من 13 إلى 432,1 يومًا</text><text x=\"2\">2024</text><text x=\"3\">31 to 90 days</text></svg>", prepared);
    }
}
