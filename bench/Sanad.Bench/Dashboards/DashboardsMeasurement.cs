using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;
using Sanad.Bench.Refer;

namespace Sanad.Bench.Dashboards;

internal sealed record ChartTimes(string Filter, string Chart, double MedianMs, double P95Ms);

internal sealed record DashboardsProviderResults(string Provider, int Cases, TimeSpan SeedTime, IReadOnlyList<ChartTimes> Charts,
    RawQueryResult BeforeFacts, RawQueryResult FactsSql, long DatabaseBytes);

/// <summary>
/// One provider: migrate, the demo, seed N cases with one referral each (timed, the facts filled
/// at the end), serve, then each chart one request at a time (a person opening the page), warm,
/// under three filters; then, node stopped, the two SQL baselines of the victims-by-year chart.
/// </summary>
internal static class DashboardsMeasurement
{
    public const int Requests = 15;
    private const int WarmUp = 2;

    /// <summary>The filters a coordinator or supervisor uses: none, one citizenship in one year, one agency (a supervisor's view).</summary>
    public static readonly IReadOnlyList<(string Label, Func<string, string> Query)> Filters =
    [
        ("no filter", _ => ""),
        ("citizenship UG, year 2025", _ => "country=UG&from=2025-01-01&to=2025-12-31"),
        ("agency JO-KARAMA", agency => "agency=" + agency),
    ];

    public static async Task<DashboardsProviderResults> RunAsync(BenchContext bench, BenchDatabase database, int cases)
    {
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(5), "migrate", "--data-dir", database.DataDirectory);
        await using (var first = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
            await first.StopAsync();

        Console.WriteLine($"[{database.Provider}] seeding {cases:N0} cases with a referral each ...");
        var clock = Stopwatch.StartNew();
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(120), "seed", "--people", cases.ToString(CultureInfo.InvariantCulture),
            "--referrals-per-case", "1", "--data-dir", database.DataDirectory);
        var seedTime = clock.Elapsed;
        Console.WriteLine($"[{database.Provider}] seeded in {seedTime.TotalSeconds:0} s");

        var times = new List<ChartTimes>();
        await using (var node = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
        {
            var coordinator = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings, "coordinator@demo.sanad.local");
            var root = node.Command.BaseAddress;
            var charts = await ChartsAsync(bench.Http, root, coordinator);
            var agency = await AgencyIdAsync(database);
            foreach (var (label, query) in Filters)
                foreach (var chart in charts)
                    times.Add(await TimeAsync(bench.Http, new Uri(root, $"/api/v1/dashboards/{chart}?{query(agency)}"), coordinator, label, chart));
        }
        var before = await RawDashboardQueries.BeforeFactsAsync(database);
        var facts = await RawDashboardQueries.FactsAsync(database);
        var bytes = await DatabaseBytes.ReadAsync(database);
        return new DashboardsProviderResults(database.Provider, cases, seedTime, times, before, facts, bytes);
    }

    private static async Task<IReadOnlyList<string>> ChartsAsync(HttpClient http, Uri root, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(root, "/api/v1/dashboards"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    private static async Task<ChartTimes> TimeAsync(HttpClient http, Uri uri, string token, string filter, string chart)
    {
        var samples = new List<double>(Requests);
        for (var i = 0; i < WarmUp + Requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{uri} answered {(int)response.StatusCode}");
            if (i >= WarmUp) samples.Add(elapsed);
        }
        samples.Sort();
        Console.WriteLine($"  {filter}, {chart}: median {Stats.Median(samples):0.0} ms");
        return new ChartTimes(filter, chart, Stats.Median(samples), samples[(int)Math.Ceiling(0.95 * samples.Count) - 1]);
    }

    private static async Task<string> AgencyIdAsync(BenchDatabase database)
    {
        await using var connection = RawReferralQueries.Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM agencies WHERE \"Code\" = 'JO-KARAMA'";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!.ToLowerInvariant();
    }
}
