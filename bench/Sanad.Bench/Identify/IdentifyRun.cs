using System.Diagnostics;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Identify;

internal sealed record IdentifyResults(DateTime MeasuredAt, TimeSpan Took, MachineInfo Machine, string LoadAverageBefore, int People,
    IReadOnlyList<ProviderResults> Providers, ScreeningFigures Screening);

/// <summary>
/// The "identify" mode: duplicate search, case search by name and the case page on a node with N
/// seeded people and cases, on SQLite and on PostgreSQL, next to a bare endpoint and a raw primary-key
/// lookup; seeding time, bytes per case, and screening evaluations per second. Rewrites the
/// "Identify and screen" section. Every process it starts ends, and its PostgreSQL database is dropped, whatever happens.
/// </summary>
internal static class IdentifyRun
{
    public const string Section = "Identify and screen";
    public const int DefaultPeople = 1_000_000;
    public const string ModeName = "identify";

    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.SkipWhile(a => a != "--people").Skip(1).Select(int.Parse).FirstOrDefault(DefaultPeople);
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-identify-").FullName;
        using var children = new ChildProcesses(scratch);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };

        var machine = await MachineInfo.ReadAsync(children);
        var node = await SanadNode.PublishAsync(children);
        var bench = new BenchContext(children, http, node, scratch);
        var results = new List<ProviderResults>();
        results.Add(await ProviderMeasurement.RunAsync(bench, BenchDatabase.Sqlite(bench.NewDataDirectory()), people));
        await using (var postgres = await BenchDatabase.PostgresAsync(bench.NewDataDirectory()))
            results.Add(await ProviderMeasurement.RunAsync(bench, postgres, people));
        var screening = ScreeningRate.Measure();

        var all = new IdentifyResults(DateTime.UtcNow, took.Elapsed, machine, loadBefore, people, results, screening);
        BenchmarksDocument.WriteSection(Section, IdentifyReport.Render(all));
        Console.WriteLine($"Identify run took {took.Elapsed:h\\:mm\\:ss}.");
        return 0;
    }
}
