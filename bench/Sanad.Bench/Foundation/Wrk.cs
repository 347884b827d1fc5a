using System.Globalization;

namespace Sanad.Bench.Foundation;

/// <summary>One wrk run: requests per second and latency percentiles, plus the errors that would make it worthless.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors)
{
    public bool Clean => Non2xx == 0 && SocketErrors == 0;
}

/// <summary>Drives wrk (Debian's package) against a loopback URL for a fixed time; wrk stops by itself.</summary>
internal static class Wrk
{
    public const int Threads = 2;
    public const int Connections = 32;
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Foundation", "report.lua");

    public static string CommandLine(TimeSpan duration, int connections = Connections) =>
        $"wrk -t{Threads} -c{connections} -d{duration.TotalSeconds:0}s --latency -s bench/Sanad.Bench/Foundation/report.lua URL";

    /// <param name="requests">Optional: a file of request paths (GET) or JSON bodies (POST) that report.lua cycles through.</param>
    public static async Task<WrkResult> RunAsync(ChildProcesses children, Uri url, TimeSpan duration, string? bearerToken, (string Method, string File)? requests = null,
        int connections = Connections)
    {
        if (!url.IsLoopback) throw new ArgumentException("Load goes to loopback addresses only.", nameof(url));
        var info = ProcessRunner.Command("wrk", AppContext.BaseDirectory,
            $"-t{Threads}", $"-c{connections}", $"-d{duration.TotalSeconds:0}s", "--latency", "-s", Script, url.ToString());
        // Through the environment rather than the command line, so the token is not in the process list.
        info.Environment["SANAD_BENCH_TOKEN"] = bearerToken ?? "";
        info.Environment["SANAD_BENCH_METHOD"] = requests?.Method ?? "";
        info.Environment["SANAD_BENCH_REQUESTS"] = requests?.File ?? "";
        var output = await ProcessRunner.RunAsync(children, info, duration + TimeSpan.FromSeconds(30));
        var line = output.StandardOutput.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal));
        if (output.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"wrk failed (exit {output.ExitCode}):\n{output.StandardOutput}\n{output.StandardError}");
        return Parse(line);
    }

    private static WrkResult Parse(string line)
    {
        var fields = line["BENCH ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
        return new WrkResult(fields["rps"], fields["p50_ms"], fields["p95_ms"], fields["p99_ms"],
            (long)fields["requests"], (long)fields["non2xx"], (long)fields["socket_errors"]);
    }
}
