using Sanad.Bench.Foundation;

namespace Sanad.Bench.Identify;

/// <summary>
/// Loads each target with wrk: a warm-up each (a target answering errors stops the run: there would
/// be nothing to measure), then <see cref="LoadMeasurement.Runs"/> rounds of one run per target in
/// turn, so that a disturbance of the machine falls on every target alike.
/// </summary>
internal static class InterleavedRounds
{
    public static async Task<IReadOnlyList<EndpointRuns>> RunAsync(BenchContext bench, string provider, IReadOnlyList<IdentifyTarget> targets)
    {
        var runs = targets.ToDictionary(t => t.Label, _ => new List<WrkResult>());
        foreach (var target in targets)
        {
            var warmUp = await Wrk.RunAsync(bench.Children, target.Url, LoadMeasurement.WarmUp, target.Token, target.Requests, target.Connections);
            Console.WriteLine($"[{provider}] warm-up {target.Label}: {warmUp.RequestsPerSecond:0} req/s, p95 {warmUp.P95Ms:0.00} ms, errors {warmUp.Non2xx + warmUp.SocketErrors}");
            if (warmUp.Non2xx > 0) throw new InvalidOperationException($"{target.Label} answered errors: nothing to measure.");
        }
        for (var round = 1; round <= LoadMeasurement.Runs; round++)
        {
            foreach (var target in targets)
            {
                var result = await Wrk.RunAsync(bench.Children, target.Url, LoadMeasurement.Duration, target.Token, target.Requests, target.Connections);
                runs[target.Label].Add(result);
                Console.WriteLine($"[{provider}] run {round} {target.Label}: {result.RequestsPerSecond:0} req/s, p95 {result.P95Ms:0.00} ms, errors {result.Non2xx + result.SocketErrors}");
            }
        }
        return [.. targets.Select(t => new EndpointRuns(t.Label, runs[t.Label]))];
    }

    /// <summary>Runs a CLI verb of the published node on the bench's database; a failure stops the run with what the verb said.</summary>
    public static async Task<string> CliAsync(BenchContext bench, BenchDatabase database, TimeSpan deadline, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(bench.Children, bench.Node.Cli(database.Settings, arguments), deadline);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"sanad {arguments[0]} failed (exit {result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        return result.StandardOutput;
    }
}
