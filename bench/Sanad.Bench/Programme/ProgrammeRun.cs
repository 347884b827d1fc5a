using System.Diagnostics;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Programme;

internal sealed record ProgrammeResults(DateTime MeasuredAt, TimeSpan Took, MachineInfo Machine, string LoadAverageBefore, int Activities, int Expenditures, int Participants,
    IReadOnlyList<ProgrammeProviderResults> Providers);

/// <summary>
/// The "programme" mode: a programme with N activities (a budget line each), M expenditures and P
/// participants over its trainings (attendance and scores), on
/// SQLite and PostgreSQL; the donor report of the EU for the whole programme as PDF and as XLSX
/// through the API (time and the node's peak memory per report), beside the raw SQL sum of the
/// expenditures by month and line. Rewrites the "Programme donor report" section.
/// </summary>
internal static class ProgrammeRun
{
    public const string Section = "Programme donor report";
    public const string ModeName = "programme";
    public const int DefaultActivities = 500;
    public const int DefaultExpenditures = 50_000;
    public const int DefaultParticipants = 20_000;
    public const int DefaultRuns = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var activities = Option(args, "--activities", DefaultActivities);
        var expenditures = Option(args, "--expenditures", DefaultExpenditures);
        var participants = Option(args, "--participants", DefaultParticipants);
        var runs = Option(args, "--runs", DefaultRuns);
        if (activities < 1 || expenditures < 1 || participants < 0 || runs < 3)
        {
            Console.Error.WriteLine("usage: programme [--activities N ≥ 1] [--expenditures M ≥ 1] [--participants P ≥ 0] [--runs R ≥ 3]");
            return 2;
        }
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-programme-").FullName;
        using var children = new ChildProcesses(scratch);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };

        var machine = await MachineInfo.ReadAsync(children);
        var node = await SanadNode.PublishAsync(children);
        var bench = new BenchContext(children, http, node, scratch);
        var results = new List<ProgrammeProviderResults>
        {
            await ProgrammeMeasurement.RunAsync(bench, BenchDatabase.Sqlite(bench.NewDataDirectory()), activities, expenditures, participants, runs),
        };
        await using (var postgres = await BenchDatabase.PostgresAsync(bench.NewDataDirectory()))
            results.Add(await ProgrammeMeasurement.RunAsync(bench, postgres, activities, expenditures, participants, runs));

        var all = new ProgrammeResults(DateTime.UtcNow, took.Elapsed, machine, loadBefore, activities, expenditures, participants, results);
        BenchmarksDocument.WriteSection(Section, ProgrammeReport.Render(all));
        Console.WriteLine($"Programme run took {took.Elapsed:h\\:mm\\:ss}.");
        return 0;
    }

    private static int Option(string[] args, string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);
}
