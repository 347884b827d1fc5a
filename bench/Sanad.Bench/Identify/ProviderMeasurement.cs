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
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(5), "migrate", "--data-dir", database.DataDirectory);
        // The demo agencies and users (the caseworker among them) are made by the node's first --demo start.
        await using (var first = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
            await first.StopAsync();

        Console.WriteLine($"[{database.Provider}] seeding {people:N0} people ...");
        var clock = Stopwatch.StartNew();
        var seed = await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(60), "seed", "--people", people.ToString(CultureInfo.InvariantCulture), "--data-dir", database.DataDirectory);
        var seedTime = clock.Elapsed;
        var rate = double.Parse(SeedRate().Match(seed).Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        Console.WriteLine($"[{database.Provider}] seeded in {seedTime.TotalSeconds:0.0} s ({rate:N0} people/s in the verb's own count)");

        IReadOnlyList<EndpointRuns> endpoints;
        await using (var node = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
        await using (var bare = await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory)))
        {
            var token = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings);
            var lists = Directory.CreateDirectory(Path.Combine(bench.ScratchDirectory, $"requests-{database.Provider}")).FullName;
            var names = RequestLists.SearchNames();
            var root = node.Command.BaseAddress;
            IdentifyTarget[] targets =
            [
                new(Duplicates, new Uri(root, "/api/v1/people/duplicates"), token, ("POST", RequestLists.DuplicateBodies(lists, names))),
                new(AtSearchClients(Duplicates), new Uri(root, "/api/v1/people/duplicates"), token, ("POST", RequestLists.DuplicateBodies(lists, names)), SearchClients),
                new(NameSearch, new Uri(root, "/api/v1/cases"), token, ("GET", RequestLists.NameSearchPaths(lists, names))),
                new(AtSearchClients(NameSearch), new Uri(root, "/api/v1/cases"), token, ("GET", RequestLists.NameSearchPaths(lists, names)), SearchClients),
                new(CasePage, new Uri(root, "/api/v1/cases"), token, ("GET", await RequestLists.CasePathsAsync(bench.Http, root, token, lists))),
                new(Bare, bare.Command.BaseAddress, null, null),
            ];
            endpoints = await InterleavedRounds.RunAsync(bench, database.Provider, targets);
        }

        var raw = await RawLookup.MeasureAsync(database);
        Console.WriteLine($"[{database.Provider}] raw lookup: {raw.LookupsPerSecond:0}/s, median {raw.MedianMicroseconds:0.0} µs");
        var bytes = await DatabaseBytes.ReadAsync(database);
        return new ProviderResults(database.Provider, people, seedTime, rate, endpoints, raw, bytes);
    }

    [GeneratedRegex(@"Seeded [\d,]+ people .*\(([\d,.]+) people/s\)")]
    private static partial Regex SeedRate();
}
