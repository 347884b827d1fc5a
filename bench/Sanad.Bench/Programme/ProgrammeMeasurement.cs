using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;
using Sanad.Bench.Refer;

namespace Sanad.Bench.Programme;

/// <summary>One donor-report download: how long it took, how big it was, the node's peak memory meanwhile.</summary>
internal sealed record ReportRun(double Seconds, long Bytes, double PeakMiB);

internal sealed record ReportRuns(string Format, IReadOnlyList<ReportRun> Runs)
{
    public double MedianSeconds => Stats.Median([.. Runs.Select(r => r.Seconds)]);
    public double MedianPeakMiB => Stats.Median([.. Runs.Select(r => r.PeakMiB)]);
    public double MaxPeakMiB => Runs.Max(r => r.PeakMiB);
}

internal sealed record ProgrammeProviderResults(string Provider, int Activities, int Expenditures, int Participants, TimeSpan SeedTime, double IdleMiB,
    IReadOnlyList<ReportRuns> Reports, RawQueryResult RawSums);

/// <summary>
/// One provider: migrate, start once for the demo (users, the origin programme and its books), seed
/// the programme's activities, expenditures and participants through the CLI (timed), serve, and download the EU's
/// donor report for the whole programme R times per format after one warm-up, each download alone;
/// then, node stopped, the raw SQL baseline.
/// </summary>
internal static class ProgrammeMeasurement
{
    public const string ProgrammeUser = "programme@demo.sanad.local";
    public static readonly string[] Formats = ["pdf", "xlsx"];

    public static async Task<ProgrammeProviderResults> RunAsync(BenchContext bench, BenchDatabase database, int activities, int expenditures, int participants, int runs)
    {
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(5), "migrate", "--data-dir", database.DataDirectory);
        await using (var first = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
            await first.StopAsync();

        Console.WriteLine($"[{database.Provider}] seeding {activities:N0} activities, {expenditures:N0} expenditures and {participants:N0} participants ...");
        var clock = Stopwatch.StartNew();
        await InterleavedRounds.CliAsync(bench, database, TimeSpan.FromMinutes(60), "seed-programme",
            "--activities", activities.ToString(CultureInfo.InvariantCulture), "--expenditures", expenditures.ToString(CultureInfo.InvariantCulture),
            "--participants", participants.ToString(CultureInfo.InvariantCulture),
            "--data-dir", database.DataDirectory);
        var seedTime = clock.Elapsed;
        Console.WriteLine($"[{database.Provider}] seeded in {seedTime.TotalSeconds:0} s");

        var reports = new List<ReportRuns>();
        double idle;
        await using (var node = await bench.StartAsync(bench.Node.Serve(database.DataDirectory, database.Settings)))
        {
            var token = await bench.Node.CreateTokenAsync(bench.Children, database.DataDirectory, database.Settings, ProgrammeUser);
            var root = node.Command.BaseAddress;
            var budget = await GetJsonAsync(bench.Http, new Uri(root, "/api/v1/programme/budget"), token);
            var path = $"/api/v1/programme/reports/donor?from={budget.GetProperty("startsOn").GetString()}&to={budget.GetProperty("endsOn").GetString()}&funder=EU&lang=en";
            idle = node.ResidentMiB();
            var memory = new NodeMemory(node.Pid);
            foreach (var format in Formats)
            {
                var uri = new Uri(root, $"{path}&format={format}");
                await DownloadAsync(bench.Http, uri, token);
                var measured = new List<ReportRun>();
                for (var i = 0; i < runs; i++)
                {
                    var ((seconds, bytes), peak) = await memory.MeasureAsync(() => DownloadAsync(bench.Http, uri, token));
                    measured.Add(new ReportRun(seconds, bytes, peak));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{database.Provider}] {format}: {seconds:0.000} s, {bytes:N0} B, peak {peak:0} MiB"));
                }
                reports.Add(new ReportRuns(format, measured));
            }
        }
        var raw = await RawExpenditureSums.ByMonthAndLineAsync(database);
        Console.WriteLine($"[{database.Provider}] raw SQL sum by month and line: {raw.MedianMilliseconds:0.0} ms");
        return new ProgrammeProviderResults(database.Provider, activities, expenditures, participants, seedTime, idle, reports, raw);
    }

    private static async Task<(double Seconds, long Bytes)> DownloadAsync(HttpClient http, Uri uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}.");
        return (seconds, bytes);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, Uri uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}.");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
