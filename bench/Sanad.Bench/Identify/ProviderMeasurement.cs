using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Identify;

internal sealed record IdentifyTarget(string Label, Uri Url, string? Token, (string Method, string File)? Requests, int Connections = Wrk.Connections);

internal sealed record ProviderResults(
    string Provider, int People, TimeSpan SeedTime, double SeedRate, IReadOnlyList<EndpointRuns> Endpoints,
    RawLookupResult RawLookup, long DatabaseBytes);

internal sealed record EndpointRuns(string Label, IReadOnlyList<WrkResult> Runs)
{
    public double MedianRequestsPerSecond => Stats.Median([.. Runs.Select(r => r.RequestsPerSecond)]);
    public double MedianP95Ms => Stats.Median([.. Runs.Select(r => r.P95Ms)]);
    public long Errors => Runs.Sum(r => r.Non2xx + r.SocketErrors);
}

/// <summary>
/// One provider, end to end: migrate, let the node create the demo agencies and users, seed N
/// people (timed), serve, load the three endpoints and the bare baseline with wrk (interleaved
/// rounds), then, with the node stopped, the raw primary-key lookup and the database's size.
/// </summary>
internal static partial class ProviderMeasurement
{
    public const string Duplicates = "`POST /api/v1/people/duplicates`";
    public const string NameSearch = "`GET /api/v1/cases?name=…`";
    public const string CasePage = "`GET /api/v1/cases/{id}`";
    public const string Bare = "`GET /` bare ASP.NET Core (baseline)";
    /// <summary>Searches of a national node arrive a few at a time: their latency is read at this many clients, their throughput at 32.</summary>
    public const int SearchClients = 4;
    public static string AtSearchClients(string label) => $"{label} ({SearchClients} clients)";

    public static async Task<ProviderResults> RunAsync(BenchContext bench, BenchDatabase database, int people)
    {
        await CliAsync(bench, database, TimeSpan.FromMinutes(5), "migrate", "--data-dir", database.DataDirectory);
        // The demo agencies and users (the caseworker among them) are made by the node's first --demo start.
        await using (var first = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
            await first.StopAsync();

        Console.WriteLine($"[{database.Provider}] seeding {people:N0} people ...");
        var clock = Stopwatch.StartNew();
        var seed = await CliAsync(bench, database, TimeSpan.FromMinutes(60), "seed", "--people", people.ToString(CultureInfo.InvariantCulture), "--data-dir", database.DataDirectory);
        var seedTime = clock.Elapsed;
        var rate = double.Parse(SeedRate().Match(seed).Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        Console.WriteLine($"[{database.Provider}] seeded in {seedTime.TotalSeconds:0.0} s ({rate:N0} people/s in the verb's own count)");

        var runs = new Dictionary<string, List<WrkResult>>();
        IdentifyTarget[] targets;
        await using (var node = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
        await using (var bare = await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory)))
        {
            var token = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings);
            var lists = Directory.CreateDirectory(Path.Combine(bench.ScratchDirectory, $"requests-{database.Provider}")).FullName;
            var names = RequestLists.SearchNames();
            var root = node.Command.BaseAddress;
            targets =
            [
                new(Duplicates, new Uri(root, "/api/v1/people/duplicates"), token, ("POST", RequestLists.DuplicateBodies(lists, names))),
                new(AtSearchClients(Duplicates), new Uri(root, "/api/v1/people/duplicates"), token, ("POST", RequestLists.DuplicateBodies(lists, names)), SearchClients),
                new(NameSearch, new Uri(root, "/api/v1/cases"), token, ("GET", RequestLists.NameSearchPaths(lists, names))),
                new(AtSearchClients(NameSearch), new Uri(root, "/api/v1/cases"), token, ("GET", RequestLists.NameSearchPaths(lists, names)), SearchClients),
                new(CasePage, new Uri(root, "/api/v1/cases"), token, ("GET", await RequestLists.CasePathsAsync(bench.Http, root, token, lists))),
                new(Bare, bare.Command.BaseAddress, null, null),
            ];
            foreach (var target in targets)
            {
                var warmUp = await Wrk.RunAsync(bench.Children, target.Url, LoadMeasurement.WarmUp, target.Token, target.Requests, target.Connections);
                Console.WriteLine($"[{database.Provider}] warm-up {target.Label}: {warmUp.RequestsPerSecond:0} req/s, p95 {warmUp.P95Ms:0.00} ms, errors {warmUp.Non2xx + warmUp.SocketErrors}");
                if (warmUp.Non2xx > 0) throw new InvalidOperationException($"{target.Label} answered errors: nothing to measure.");
                runs[target.Label] = [];
            }
            for (var round = 1; round <= LoadMeasurement.Runs; round++)
            {
                foreach (var target in targets)
                {
                    var result = await Wrk.RunAsync(bench.Children, target.Url, LoadMeasurement.Duration, target.Token, target.Requests, target.Connections);
                    runs[target.Label].Add(result);
                    Console.WriteLine($"[{database.Provider}] run {round} {target.Label}: {result.RequestsPerSecond:0} req/s, p95 {result.P95Ms:0.00} ms, errors {result.Non2xx + result.SocketErrors}");
                }
            }
        }

        var raw = await RawLookup.MeasureAsync(database);
        Console.WriteLine($"[{database.Provider}] raw lookup: {raw.LookupsPerSecond:0}/s, median {raw.MedianMicroseconds:0.0} µs");
        var bytes = await DatabaseBytes.ReadAsync(database);
        return new ProviderResults(database.Provider, people, seedTime, rate,
            [.. targets.Select(t => new EndpointRuns(t.Label, runs[t.Label]))], raw, bytes);
    }

    private static async Task<string> CliAsync(BenchContext bench, BenchDatabase database, TimeSpan deadline, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(bench.Children, bench.Node.Cli(database.Settings, arguments), deadline);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"sanad {arguments[0]} failed (exit {result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        return result.StandardOutput;
    }

    [GeneratedRegex(@"Seeded [\d,]+ people .*\(([\d,.]+) people/s\)")]
    private static partial Regex SeedRate();
}
