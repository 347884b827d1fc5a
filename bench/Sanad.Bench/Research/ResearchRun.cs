using System.Diagnostics;
using System.Globalization;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;
using Sanad.Features.Research;

namespace Sanad.Bench.Research;

internal sealed record Timing(IReadOnlyList<double> Sanad, IReadOnlyList<double> DuckDb)
{
    public double SanadMedian => Stats.Median([.. Sanad]);
    public double DuckDbMedian => Stats.Median([.. DuckDb]);
}

internal sealed record CliRunFigures(double Seconds, double PeakMiB, string Output);

internal sealed record DpFigures(IReadOnlyList<DpUtility> Runs, int Records, IReadOnlyList<string> Columns);

internal sealed record ResearchResults(DateTime MeasuredAt, TimeSpan Took, string LoadAverageBefore, int Records, long FileBytes, string DuckDbVersion,
    Timing Read, Timing Anonymize, Timing Aggregates, AnonymizationReport AnonymizeReport, int Combinations, CliRunFigures Cli, CliRunFigures Import, CliRunFigures ImportPostgres, DpFigures Dp);

/// <summary>
/// The "research" mode: on N generated CTDC records (default 1,000,000), times reading, anonymising at
/// k = 11 and counting aggregates up to length 3 over 20 columns, each beside DuckDB doing the plain
/// group-by counts on the same file in the same run; the whole <c>sanad research anonymize</c>
/// command for its peak memory; the import into SQLite and PostgreSQL; and DP utility on 6,000 records drawn from the real sample.
/// Rewrites the "Research" section.
/// </summary>
internal static class ResearchRun
{
    public const string ModeName = "research";
    public const string Section = "Research";
    public const int DefaultRecords = 1_000_000;
    public const int Runs = 3;
    public const int K = 11;
    public const int Length = 3;
    public const int AggregateColumns = 20;

    /// <summary>The ten columns of the DP check, the same as the test's (AggregatesTests.TenColumns).</summary>
    public static readonly string[] TenColumns =
    [
        "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "isForcedLabour", "isSexualExploit",
        "isOtherExploit", "meansOfControlNotSpecified", "RecruiterRelationship",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var records = args.SkipWhile(a => a != "--records").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(DefaultRecords);
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-research-").FullName;
        try
        {
            var file = Path.Combine(scratch, "ctdc.csv");
            Console.WriteLine($"Generating {records:N0} CTDC records…");
            CtdcGenerator.Write(file, records, seed: 42);

            var aggregateColumns = Enumerable.Range(0, CtdcLayout.Count).Where(i => !CtdcLayout.Columns[i].Name.EndsWith("Concatenated", StringComparison.Ordinal))
                .Take(AggregateColumns).ToArray();
            List<double> read = [], anonymize = [], aggregates = [], duckRead = [], duckSmall = [], duckCombinations = [];
            AnonymizationReport? report = null;
            var combinations = 0;
            for (var run = 1; run <= Runs; run++)
            {
                Console.WriteLine($"Run {run} of {Runs}…");
                var watch = Stopwatch.StartNew();
                var table = CtdcReader.Read(file).Table ?? throw new InvalidDataException("The generated file does not read.");
                read.Add(watch.Elapsed.TotalSeconds);

                watch.Restart();
                combinations = KAggregates.Count(new AttributeSpace(table, aggregateColumns), Length, K, 10).Counts.Count;
                aggregates.Add(watch.Elapsed.TotalSeconds);

                watch.Restart();
                report = KAnonymizer.Anonymize(table, K, CtdcLayout.DefaultQuasiIdentifiers);
                anonymize.Add(watch.Elapsed.TotalSeconds);

                table = null;
                GC.Collect();
                using var duck = new DuckDbBaseline();
                duckRead.Add(duck.Read(file).TotalSeconds);
                duckSmall.Add(duck.SmallClasses(CtdcLayout.DefaultQuasiIdentifiers, K).TotalSeconds);
                duckCombinations.Add(duck.Combinations([.. aggregateColumns.Select(i => CtdcLayout.Columns[i].Name)], Length, K).TotalSeconds);
            }

            Console.WriteLine("Whole anonymize command, for its peak memory…");
            var cli = AnonymizeCommand(file, Path.Combine(scratch, "anonymised.csv"));
            Console.WriteLine("Whole import command into a new SQLite node…");
            var import = ImportCommand(file, BenchDatabase.Sqlite(Path.Combine(scratch, "node")));
            Console.WriteLine("Whole import command into a new PostgreSQL node…");
            CliRunFigures importPostgres;
            await using (var postgres = await BenchDatabase.PostgresAsync(Path.Combine(scratch, "node-postgres")))
                importPostgres = ImportCommand(file, postgres);
            Console.WriteLine("DP utility on 6,000 records drawn from the sample…");
            var dp = DpUtilityOnSample(scratch);

            var results = new ResearchResults(DateTime.UtcNow, took.Elapsed, loadBefore, records, new FileInfo(file).Length, DuckDbBaseline.Version(),
                new Timing(read, duckRead), new Timing(anonymize, duckSmall), new Timing(aggregates, duckCombinations), report!, combinations, cli, import, importPostgres, dp);
            BenchmarksDocument.WriteSection(Section, ResearchReport.Render(results));
            Console.WriteLine($"Research run took {took.Elapsed:h\\:mm\\:ss}.");
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// Runs <c>sanad research import</c> as its own process into a freshly migrated node (SQLite or
    /// PostgreSQL): the file read and checked, the dataset and every record written in one transaction.
    /// </summary>
    private static CliRunFigures ImportCommand(string input, BenchDatabase database)
    {
        var sanad = typeof(Sanad.Cli.CliApp).Assembly.Location;
        Timed(["dotnet", sanad, "migrate", "--data-dir", database.DataDirectory], database.Settings);
        return Timed(["dotnet", sanad, "research", "import", "--input", input, "--name", "bench", "--data-dir", database.DataDirectory], database.Settings);
    }

    private static CliRunFigures Timed(string[] command, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (name, value) in settings) start.Environment[name] = value;
        foreach (var arg in new[] { "-f", "%e %M" }.Concat(command)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', command.Skip(2))} failed: {stderr}");
        var figures = stderr.Trim().Split('\n')[^1].Split(' ');
        return new CliRunFigures(double.Parse(figures[0], CultureInfo.InvariantCulture), double.Parse(figures[1], CultureInfo.InvariantCulture) / 1024, stdout.Trim());
    }

    /// <summary>Runs <c>sanad research anonymize</c> as its own process under GNU time, for wall time and peak resident memory.</summary>
    private static CliRunFigures AnonymizeCommand(string input, string output)
    {
        var sanad = typeof(Sanad.Cli.CliApp).Assembly.Location;
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-f", "%e %M", "dotnet", sanad, "research", "anonymize", "--input", input, "--output", output, "--k", K.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"sanad research anonymize failed: {stderr}");
        var figures = stderr.Trim().Split('\n')[^1].Split(' ');
        return new CliRunFigures(double.Parse(figures[0], CultureInfo.InvariantCulture), double.Parse(figures[1], CultureInfo.InvariantCulture) / 1024, stdout.Trim());
    }

    /// <summary>The test's draw (seed 2026, with replacement), five noise seeds.</summary>
    private static DpFigures DpUtilityOnSample(string scratch)
    {
        var sample = File.ReadAllLines(CtdcGenerator.SamplePath());
        var random = new Random(2026);
        var drawn = Path.Combine(scratch, "drawn.csv");
        File.WriteAllLines(drawn, [sample[0], .. Enumerable.Range(0, 6000).Select(_ => sample[1 + random.Next(sample.Length - 1)])]);
        var table = CtdcReader.Read(drawn).Table!;
        var space = new AttributeSpace(table, [.. TenColumns.Select(CtdcLayout.IndexOf)]);
        var truth = KAggregates.CountAll(space, 4);
        var runs = Enumerable.Range(1, 5)
            .Select(seed => DpUtility.Compare(truth, DpAggregates.Run(space, new DpSettings(4, null, 4), new Noise(seed)).Released.Counts))
            .ToList();
        return new DpFigures(runs, table.RowCount, TenColumns);
    }
}
