using System.Net;
using System.Net.Http.Headers;

namespace Sanad.Bench.Foundation;

internal sealed record LoadTarget(string Label, Uri Url, string? BearerToken, bool IsBaseline);

internal sealed record EndpointResult(LoadTarget Target, IReadOnlyList<WrkResult> Runs)
{
    public double MedianRequestsPerSecond => Stats.Median([.. Runs.Select(r => r.RequestsPerSecond)]);
    public double MedianP95Ms => Stats.Median([.. Runs.Select(r => r.P95Ms)]);
    public long Errors => Runs.Sum(r => r.Non2xx + r.SocketErrors);
}

internal sealed record LoadResults(
    IReadOnlyList<EndpointResult> Endpoints,
    double BareIdleMiB,
    double SanadAfterLoadMiB,
    double BareAfterLoadMiB,
    DataSize Data);

/// <summary>
/// Throughput and latency with 32 concurrent clients: Sanad's sign-in page and /api/v1/me (and, for
/// reference, its liveness probe) against a bare ASP.NET Core endpoint, all in the same run. Runs are interleaved (one of each endpoint per
/// round) so that a slow spell of the machine hits every endpoint alike.
/// </summary>
internal static class LoadMeasurement
{
    public const int Runs = 3;
    /// <summary>As long as a run: on 2 busy cores the JIT's background tier-up needs that long to settle.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task<LoadResults> RunAsync(BenchContext bench, string dataDirectory)
    {
        await using var sanad = await bench.StartAsync(bench.Node.Serve(dataDirectory));
        await using var bare = await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory));
        var token = await bench.Node.CreateTokenAsync(bench.Children, dataDirectory);

        LoadTarget[] targets =
        [
            new("`GET /` bare ASP.NET Core (baseline)", bare.Command.BaseAddress, null, IsBaseline: true),
            // Sanad's whole middleware pipeline without a database query: shows what the endpoints add.
            new("`GET /health/live` (Sanad's pipeline, no database; for reference)", new Uri(sanad.Command.BaseAddress, "/health/live"), null, IsBaseline: false),
            new("`GET /Account/SignIn`", new Uri(sanad.Command.BaseAddress, "/Account/SignIn"), null, IsBaseline: false),
            new("`GET /api/v1/me` (bearer token)", new Uri(sanad.Command.BaseAddress, "/api/v1/me"), token, IsBaseline: false),
        ];
        foreach (var target in targets) await EnsureOkAsync(bench.Http, target);

        // The bare server's idle memory, as a floor for Sanad's (measured after its warm starts).
        await Task.Delay(StartupMeasurement.IdleWait);
        var bareIdle = bare.ResidentMiB();

        foreach (var target in targets)
        {
            var warmUp = await Wrk.RunAsync(bench.Children, target.Url, WarmUp, target.BearerToken);
            Console.WriteLine($"warm-up {target.Label}: {warmUp.RequestsPerSecond:0} req/s");
        }
        var runs = targets.ToDictionary(t => t, _ => new List<WrkResult>());
        for (var round = 1; round <= Runs; round++)
        {
            foreach (var target in targets)
            {
                var result = await Wrk.RunAsync(bench.Children, target.Url, Duration, target.BearerToken);
                runs[target].Add(result);
                Console.WriteLine($"run {round} {target.Label}: {result.RequestsPerSecond:0} req/s, p95 {result.P95Ms:0.00} ms, errors {result.Non2xx + result.SocketErrors}");
            }
        }

        return new LoadResults(
            [.. targets.Select(t => new EndpointResult(t, runs[t]))],
            bareIdle,
            sanad.ResidentMiB(),
            bare.ResidentMiB(),
            DataSize.Read(dataDirectory));
    }

    /// <summary>A 401 or a redirect answers fast too: make sure each URL really serves what is measured.</summary>
    private static async Task EnsureOkAsync(HttpClient http, LoadTarget target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
        if (target.BearerToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.BearerToken);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{target.Url} answered {(int)response.StatusCode}, not 200: nothing to measure.");
    }
}
