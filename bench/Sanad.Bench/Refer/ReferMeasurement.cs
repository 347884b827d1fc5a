using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Refer;

internal sealed record ReferProviderResults(string Provider, int Cases, long Referrals, TimeSpan SeedTime, IReadOnlyList<EndpointRuns> Endpoints,
    RawQueryResult RawIncomingList, IReadOnlyList<double> ScanMilliseconds, RawQueryResult RawScan, long DatabaseBytes);

/// <summary>
/// One provider: migrate, the demo agencies and users, seed N cases with K referrals each (timed),
/// serve, load the lists with wrk (4 clients: the latency the targets are about; interleaved with
/// the bare baseline), then, node stopped, the deadline scan through the CLI and the raw SQL baselines.
/// </summary>
internal static partial class ReferMeasurement
{
    public const string Incoming = "`GET /api/v1/referrals?direction=incoming` (shelter caseworker)";
    public const string WorkList = "`GET /api/v1/worklist` (shelter caseworker)";
    public const string Overview = "`GET /api/v1/overview` (coordinator)";
    public const string Bare = "`GET /` bare ASP.NET Core (baseline)";
    public const int Clients = 4;

    public static async Task<ReferProviderResults> RunAsync(BenchContext bench, BenchDatabase database, int cases, int perCase)
    {
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(5), "migrate", "--data-dir", database.DataDirectory);
        await using (var first = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
            await first.StopAsync();

        Console.WriteLine($"[{database.Provider}] seeding {cases:N0} cases with {perCase} referrals each ...");
        var clock = Stopwatch.StartNew();
        var seeded = await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(120), "seed", "--people", cases.ToString(CultureInfo.InvariantCulture),
            "--referrals-per-case", perCase.ToString(CultureInfo.InvariantCulture), "--data-dir", database.DataDirectory);
        var seedTime = clock.Elapsed;
        var referrals = long.Parse(SeededReferrals().Match(seeded).Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        Console.WriteLine($"[{database.Provider}] seeded {referrals:N0} referrals in {seedTime.TotalSeconds:0} s");

        IReadOnlyList<EndpointRuns> endpoints;
        await using (var node = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
        await using (var bare = await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory)))
        {
            var caseworker = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings);
            var coordinator = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings, "coordinator@demo.sanad.local");
            var lists = Directory.CreateDirectory(Path.Combine(bench.ScratchDirectory, $"refer-{database.Provider}")).FullName;
            var root = node.Command.BaseAddress;
            IdentifyTarget[] targets =
            [
                new(Incoming, new Uri(root, "/api/v1/referrals"), caseworker, IncomingPaths(lists), Clients),
                new(WorkList, new Uri(root, "/api/v1/worklist"), caseworker, null, Clients),
                new(Overview, new Uri(root, "/api/v1/overview"), coordinator, null, Clients),
                new(Bare, bare.Command.BaseAddress, null, null, Clients),
            ];
            endpoints = await InterleavedRounds.RunAsync(bench, database.Provider, targets);
        }

        var scan = await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(10), "deadlines", "remind", "--repeat", "4", "--data-dir", database.DataDirectory);
        var scanTimes = ScanTime().Matches(scan).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"[{database.Provider}] deadline scan: {string.Join(" / ", scanTimes)} ms");
        var rawList = await RawReferralQueries.IncomingListAsync(database);
        var rawScan = await RawReferralQueries.DeadlineScanAsync(database);
        var bytes = await DatabaseBytes.ReadAsync(database);
        return new ReferProviderResults(database.Provider, cases, referrals, seedTime, endpoints, rawList, scanTimes, rawScan, bytes);
    }

    /// <summary>The pages of the shelter's incoming list a caseworker goes through, with and without a state.</summary>
    private static (string, string) IncomingPaths(string directory)
    {
        var paths = new List<string>();
        foreach (var state in new[] { "", "&state=sent", "&state=accepted", "&state=in-progress" })
            for (var page = 1; page <= 10; page++)
                paths.Add($"/api/v1/referrals?direction=incoming&page={page}{state}");
        var file = Path.Combine(directory, "incoming.txt");
        File.WriteAllLines(file, paths);
        return ("GET", file);
    }

    [GeneratedRegex(@"Seeded ([\d,]+) referrals")]
    private static partial Regex SeededReferrals();

    [GeneratedRegex(@"Deadline scan: .* in (\d+) ms")]
    private static partial Regex ScanTime();
}
