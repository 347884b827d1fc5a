using System.Globalization;
using System.Text;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Research;

/// <summary>Renders a research run as the markdown of its section in docs/benchmarks.md.</summary>
internal static class ResearchReport
{
    public const double ReadTargetSeconds = 30;
    public const double AnonymizeTargetSeconds = 10;
    public const double AnonymizeTargetMiB = 2048;
    public const double AggregatesTargetSeconds = 20;
    public const double ImportTargetSeconds = 30;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ResearchResults r)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{r.Records:N0} generated CTDC-format records** ({r.FileBytes / 1048576.0:N0} MiB of CSV); the run took {r.Took:h\\:mm\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Invariant, $"dotnet run -c Release --project bench/Sanad.Bench -- research --records {r.Records}");
        md.AppendLine("```");
        md.AppendLine();
        if (r.Records < ResearchRun.DefaultRecords)
        {
            md.AppendLine(Invariant, $"**Not the 1,000,000 records the targets are set for:** this run used {r.Records:N0}.");
            md.AppendLine();
        }
        md.AppendLine(Invariant, $"Median of {ResearchRun.Runs} runs, in the bench process (Release), each beside DuckDB {r.DuckDbVersion} (DuckDB.NET, 2 threads) on the same file in the same run.");
        md.AppendLine();
        md.AppendLine("| Measure | Target | Sanad | Each run | DuckDB, plain counting in the same run |");
        md.AppendLine("|---|---|---:|---|---|");
        Row(md, "Read the CSV (63 columns, header and every value checked)", ReadTargetSeconds, r.Read, "`CREATE TABLE … AS SELECT * FROM read_csv(…, all_varchar = true)`");
        Row(md, $"`anonymize` at k = {ResearchRun.K}, 9 default quasi-identifiers (table in memory)", AnonymizeTargetSeconds, r.Anonymize, "`GROUP BY` the 9 quasi-identifiers, count the classes below k");
        Row(md, $"`aggregates` k mode, length ≤ {ResearchRun.Length}, the first {ResearchRun.AggregateColumns} non-concatenated columns, k = {ResearchRun.K}, resolution 10 ({r.Combinations:N0} combinations)", AggregatesTargetSeconds, r.Aggregates,
            $"one `GROUP BY GROUPING SETS` of all 1,350 sets of 1–{ResearchRun.Length} of the same columns (values -99 and 0 counted too), count those ≥ k");
        md.AppendLine(Invariant, $"| Whole `sanad research anonymize --k {ResearchRun.K}` command: start, read, anonymise, write | ≤ {AnonymizeTargetMiB:N0} MiB peak | {r.Cli.PeakMiB:N0} MiB peak RSS ({Met(r.Cli.PeakMiB <= AnonymizeTargetMiB)}), {r.Cli.Seconds:0.0} s | 1 run, GNU time | — |");
        md.AppendLine(Invariant, $"| Whole `sanad research import` command into a new SQLite node: start, read, check, store every record in one transaction | ≤ {ImportTargetSeconds:N0} s | {r.Import.Seconds:0.0} s ({Met(r.Import.Seconds <= ImportTargetSeconds)}), {r.Import.PeakMiB:N0} MiB peak RSS | 1 run, GNU time | DuckDB's read above |");
        md.AppendLine(Invariant, $"| The same command into a new PostgreSQL node (binary COPY) | ≤ {ImportTargetSeconds:N0} s | {r.ImportPostgres.Seconds:0.0} s ({Met(r.ImportPostgres.Seconds <= ImportTargetSeconds)}), {r.ImportPostgres.PeakMiB:N0} MiB peak RSS of the command (the database server's own memory not counted) | 1 run, GNU time | DuckDB's read above |");
        md.AppendLine();
        var a = r.AnonymizeReport;
        md.AppendLine(Invariant, $"**What anonymisation cost on this file:** {a.RecordsOut:N0} of {a.RecordsIn:N0} records kept, {a.CellsLost:N0} of {a.QuasiIdentifierCells:N0} quasi-identifier cells changed ({a.Columns.Sum(c => c.CellsGeneralised):N0} generalised, {a.Columns.Sum(c => c.CellsSuppressed):N0} suppressed), information loss (NCP) {a.InformationLoss:P2}, smallest class {a.SmallestClass}. CTDC-style record redaction at the same k would drop {a.RecordRedaction.RecordsDropped:N0} records ({a.RecordRedaction.QuasiIdentifierCellsLost:N0} known quasi-identifier cells, {a.RecordRedaction.AllCellsLost:N0} known cells in all), information loss {a.RecordRedaction.InformationLoss:P2}.");
        md.AppendLine();
        var dp = r.Dp;
        string Median(Func<Sanad.Features.Research.DpUtility, double> pick, string format) =>
            $"{Stats.Median([.. dp.Runs.Select(pick)]).ToString(format, Invariant)} ({string.Join(" / ", dp.Runs.Select(u => pick(u).ToString(format, Invariant)))})";
        md.AppendLine(Invariant, $"**DP aggregates utility** (`--dp --epsilon 4 --length 4`, δ = 1/(n ln n)) on {dp.Records:N0} records drawn with replacement (seed 2026) from the real CTDC sample, 10 columns ({string.Join(", ", dp.Columns)}); median of 5 noise seeds (each seed):");
        md.AppendLine();
        md.AppendLine("| | Sanad | synthetic-data-showcase, published (6,000 records, 10 columns, ε 4, length 4) |");
        md.AppendLine("|---|---|---|");
        md.AppendLine($"| Mean absolute error, released combinations that exist | {Median(u => u.MeanAbsoluteError, "0.00")} | 15.31 |");
        md.AppendLine($"| Suppressed: combinations of the data not released | {Median(u => u.SuppressedPercent, "0.00")} % | 5.13 % |");
        md.AppendLine($"| Fabricated: released combinations not in the data | {Median(u => u.FabricatedPercent, "0.00")} % | 4.01 % |");
        md.AppendLine($"| Mean absolute error counting suppressed and fabricated ones | {Median(u => u.MeanAbsoluteErrorWithSuppressedAndFabricated, "0.00")} | — |");
        md.AppendLine();
        md.AppendLine("The data differ (the published figures are on another 6,000-record extract and columns), and Sanad's suppressed share counts every combination of the data, even those held by one or two records, which DP cannot release; see docs/research.md.");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant, $"| CPU | {Environment.ProcessorCount} × {Cpu()} |");
        md.AppendLine(Invariant, $"| .NET | {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, workstation GC |");
        md.AppendLine(Invariant, $"| Load average before the run | {r.LoadAverageBefore} (1 / 5 / 15 min) |");
        md.AppendLine(Invariant, $"| Data | `Research/CtdcGenerator.cs`: each record copies a random row of the real sample, then each quasi-identifier is redrawn from another random row with probability {CtdcGenerator.RedrawShare} (seed 42) |");
        md.AppendLine();
        md.AppendLine("Sanad's times are in-process: reading builds the coded table (`CtdcReader`), `aggregates` counts on the table just read, `anonymize` rewrites it; writing the output is in the whole-command line only.");
        return md.ToString();
    }

    private static void Row(StringBuilder md, string measure, double target, Timing t, string duckdb) =>
        md.AppendLine(Invariant, $"| {measure} | ≤ {target:0} s | {t.SanadMedian:0.00} s ({Met(t.SanadMedian <= target)}) | {string.Join(" / ", t.Sanad.Select(s => s.ToString("0.00", Invariant)))} | {t.DuckDbMedian:0.00} s ({string.Join(" / ", t.DuckDb.Select(s => s.ToString("0.00", Invariant)))}): {duckdb} |");

    private static string Met(bool met) => met ? "met" : "**not met**";

    private static string Cpu() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
}
