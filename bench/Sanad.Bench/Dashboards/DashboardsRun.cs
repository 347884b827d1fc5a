using System.Diagnostics;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Dashboards;

internal sealed record DashboardsResults(DateTime MeasuredAt, TimeSpan Took, MachineInfo Machine, string LoadAverageBefore, int Cases,
    IReadOnlyList<DashboardsProviderResults> Providers);

/// <summary>
/// The "dashboards" mode: with N cases (one referral each), on SQLite and PostgreSQL, every chart
/// of the dashboard through the API, unfiltered, for one citizenship and year, and for one agency,
/// beside the SQL the charts ran before the case facts (cases joined to their people) and the
/// plain SQL of the facts. Rewrites the "Dashboards" section.
/// </summary>
internal static class DashboardsRun
{
    public const string Section = "Dashboards";
    public const string ModeName = "dashboards";
    public const int DefaultCases = 1_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.SkipWhile(a => a != "--cases").Skip(1).Select(int.Parse).FirstOrDefault(DefaultCases);
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-dashboards-").FullName;
        using var children = new ChildProcesses(scratch);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };

        var machine = await MachineInfo.ReadAsync(children);
        var node = await SanadNode.PublishAsync(children);
        var bench = new BenchContext(children, http, node, scratch);
        var results = new List<DashboardsProviderResults>
        {
            await DashboardsMeasurement.RunAsync(bench, BenchDatabase.Sqlite(bench.NewDataDirectory()), cases),
        };
        await using (var postgres = await BenchDatabase.PostgresAsync(bench.NewDataDirectory()))
            results.Add(await DashboardsMeasurement.RunAsync(bench, postgres, cases));

        var all = new DashboardsResults(DateTime.UtcNow, took.Elapsed, machine, loadBefore, cases, results);
        BenchmarksDocument.WriteSection(Section, DashboardsReport.Render(all));
        Console.WriteLine($"Dashboards run took {took.Elapsed:h\\:mm\\:ss}.");
        return 0;
    }
}
