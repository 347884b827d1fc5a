using System.Diagnostics;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Refer;

internal sealed record ReferResults(DateTime MeasuredAt, TimeSpan Took, MachineInfo Machine, string LoadAverageBefore, int Cases, int ReferralsPerCase,
    IReadOnlyList<ReferProviderResults> Providers);

/// <summary>
/// The "refer" mode: with N cases and K referrals each (consents and histories included), on
/// SQLite and PostgreSQL: the incoming-referrals list, the caseworker's work list and the
/// coordinator's overview under load, beside the bare endpoint and the raw SQL of the list; and the
/// node's deadline scan over every open case, beside the raw SQL of its query. Rewrites the
/// "Refer and assist" section.
/// </summary>
internal static class ReferRun
{
    public const string Section = "Refer and assist";
    public const string ModeName = "refer";
    public const int DefaultCases = 1_000_000;
    public const int DefaultReferralsPerCase = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.SkipWhile(a => a != "--cases").Skip(1).Select(int.Parse).FirstOrDefault(DefaultCases);
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-refer-").FullName;
        using var children = new ChildProcesses(scratch);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };

        var machine = await MachineInfo.ReadAsync(children);
        var node = await SanadNode.PublishAsync(children);
        var bench = new BenchContext(children, http, node, scratch);
        var results = new List<ReferProviderResults>
        {
            await ReferMeasurement.RunAsync(bench, BenchDatabase.Sqlite(bench.NewDataDirectory()), cases, DefaultReferralsPerCase),
        };
        await using (var postgres = await BenchDatabase.PostgresAsync(bench.NewDataDirectory()))
            results.Add(await ReferMeasurement.RunAsync(bench, postgres, cases, DefaultReferralsPerCase));

        var all = new ReferResults(DateTime.UtcNow, took.Elapsed, machine, loadBefore, cases, DefaultReferralsPerCase, results);
        BenchmarksDocument.WriteSection(Section, ReferReport.Render(all));
        Console.WriteLine($"Refer run took {took.Elapsed:h\\:mm\\:ss}.");
        return 0;
    }
}
