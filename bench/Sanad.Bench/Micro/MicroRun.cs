using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;

namespace Sanad.Bench.Micro;

/// <summary>
/// The "micro" mode: BenchmarkDotNet's short job (one process, 3 warm-up iterations), with 10 measured
/// iterations instead of 3 so the error bars stay narrow; about a minute in all. Its table goes into
/// docs/benchmarks.md.
/// </summary>
internal static class MicroRun
{
    public const string Section = "Micro-benchmarks";

    public static ManualConfig Config => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.ShortRun.WithIterationCount(10).WithId("Short"))
        .WithArtifactsPath(Path.Combine(RepoPaths.Artifacts, "micro"));

    public static bool Failed(BenchmarkDotNet.Reports.Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);

    public static int Run(string[] args)
    {
        var summaries = BenchmarkRunner.Run([typeof(AuditHashingBenchmarks), typeof(ScreeningBenchmarks)], Config, args);
        if (summaries.Length == 0 || summaries.Any(Failed))
        {
            Console.Error.WriteLine("Some benchmarks failed; docs/benchmarks.md is left as it was.");
            return 1;
        }

        var table = new AccumulationLogger();
        foreach (var summary in summaries)
        {
            MarkdownExporter.GitHub.ExportToLog(summary, table);
            table.WriteLine();
        }
        BenchmarksDocument.WriteSection(Section, $"""
            Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with BenchmarkDotNet's short job (10 measured iterations). Reproduce from the repository root:

            ```sh
            dotnet run -c Release --project bench/Sanad.Bench -- micro
            ```

            The baseline hashes a random byte array as long as the UTF-8 text an audit entry hashes, so
            the Ratio column is what formatting the fields, encoding them and writing hex costs on top
            of SHA-256 itself. `Chain` builds the entry and hashes it, as each audited action does; the
            token hash runs on every API request that carries a bearer token. The screening baseline looks
            the ten ticked keys up in a dictionary of the profile's indicators; `Evaluate` applies the
            adult labour profile's rules to them, as every submitted screening does.

            {table.GetLog().Trim()}
            """);
        return 0;
    }
}
