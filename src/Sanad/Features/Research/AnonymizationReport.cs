namespace Sanad.Features.Research;

/// <summary>What one quasi-identifier column lost: cells set to -99, cells widened, and their summed certainty penalty.</summary>
internal sealed record ColumnLoss(string Column, int CellsSuppressed, int CellsGeneralised, double CertaintyPenalty);

/// <summary>
/// The loss of CTDC's method on the same input and k: every record whose combination is shared by
/// fewer than k records is dropped whole, with all its 63 cells.
/// </summary>
internal sealed record RecordRedaction(int RecordsDropped, int RecordsKept, long QuasiIdentifierCellsLost, long AllCellsLost, double InformationLoss);

/// <summary>The report of <c>sanad research anonymize</c> (written as JSON by <c>--report</c>).</summary>
internal sealed record AnonymizationReport(
    int K,
    IReadOnlyList<string> QuasiIdentifiers,
    int RecordsIn,
    int RecordsOut,
    int RecordsDropped,
    int RecordsFullySuppressedToFillTheLastClass,
    int EquivalenceClasses,
    int SmallestClass,
    IReadOnlyList<ColumnLoss> Columns,
    long QuasiIdentifierCells,
    long CellsLost,
    string InformationLossMeasure,
    double InformationLoss,
    RecordRedaction RecordRedaction)
{
    public const string LossMeasure =
        "normalised certainty penalty (Xu et al. 2006) averaged over quasi-identifier cells: 0 for a value kept, 1 for a known value set to -99, " +
        "(values covered - 1) / (domain size - 1) for a widened one";

    /// <summary>Compares the rewritten quasi-identifier columns with their input codes.</summary>
    public static AnonymizationReport Measure(CtdcTable table, int k, IReadOnlyList<string> quasiIdentifiers, GeneralisationLadder[] ladders,
        ushort[][] original, KAnonymizer.Outcome outcome)
    {
        var n = table.RowCount;
        var losses = new List<ColumnLoss>();
        for (var i = 0; i < ladders.Length; i++)
        {
            var ladder = ladders[i];
            var final = ladder.Column.Codes;
            int suppressed = 0, generalised = 0;
            var penalty = 0.0;
            for (var r = 0; r < n; r++)
            {
                var before = original[i][r];
                if (final[r] == before) continue;
                if (final[r] == ladder.Missing) suppressed++;
                else generalised++;
                penalty += ladder.Penalty(final[r]) - ladder.Penalty(before);
            }
            losses.Add(new ColumnLoss(ladder.Column.Name, suppressed, generalised, penalty));
        }
        var cells = (long)n * ladders.Length;
        return new AnonymizationReport(
            k, quasiIdentifiers, n, n, 0, outcome.Padded.Count(p => p),
            outcome.FinalCounts.Count, outcome.FinalCounts.Values.Min(),
            losses, cells, losses.Sum(l => (long)l.CellsSuppressed + l.CellsGeneralised),
            LossMeasure, losses.Sum(l => l.CertaintyPenalty) / cells,
            Redaction(table, k, ladders, original, outcome, cells));
    }

    private static RecordRedaction Redaction(CtdcTable table, int k, GeneralisationLadder[] ladders, ushort[][] original, KAnonymizer.Outcome outcome, long cells)
    {
        var qiColumns = ladders.Select(l => l.Column).ToHashSet();
        var others = table.Columns.Where(c => !qiColumns.Contains(c))
            .Select(c => (Column: c, Missing: c.TryFind(CtdcCodes.Missing, out var code) ? code : -1)).ToArray();
        int dropped = 0;
        long qiLost = 0, otherLost = 0;
        var penalty = 0.0;
        for (var r = 0; r < table.RowCount; r++)
        {
            if (outcome.OriginalCounts[outcome.OriginalKeys[r]] >= k) continue;
            dropped++;
            for (var i = 0; i < ladders.Length; i++)
            {
                if (original[i][r] != ladders[i].Missing) qiLost++;
                penalty += 1 - ladders[i].Penalty(original[i][r]);
            }
            // The other columns' known values go too: the flags a researcher studies.
            foreach (var (column, missing) in others)
                if (column.Codes[r] != missing) otherLost++;
        }
        return new RecordRedaction(dropped, table.RowCount - dropped, qiLost, qiLost + otherLost, penalty / cells);
    }
}
