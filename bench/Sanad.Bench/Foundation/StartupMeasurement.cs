namespace Sanad.Bench.Foundation;

internal sealed record StartupResults(
    IReadOnlyList<double> BareMs,
    IReadOnlyList<double> FreshMs,
    IReadOnlyList<double> WarmMs,
    IReadOnlyList<double> IdleMiB,
    string ExistingDataDirectory);

/// <summary>
/// Time from process start to the first 200 of the readiness probe: on a fresh data directory
/// (the node creates and migrates its SQLite database and seeds the demo data) and on an existing one.
/// After each warm start the node idles, then its resident memory is read.
/// </summary>
internal static class StartupMeasurement
{
    public const int Runs = 5;
    public static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(10);

    public static async Task<StartupResults> RunAsync(BenchContext bench)
    {
        // One unrecorded start first, so the JIT of the bench's own HTTP client does not count against a server.
        await using (await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory))) { }

        var bare = new List<double>();
        for (var i = 1; i <= Runs; i++)
        {
            await using var server = await bench.StartAsync(BareBaseline.Serve(bench.ScratchDirectory));
            bare.Add(Report("bare start", i, server.TimeToReady.TotalMilliseconds));
        }

        var fresh = new List<double>();
        string? existing = null;
        for (var i = 1; i <= Runs; i++)
        {
            var dataDirectory = bench.NewDataDirectory();
            existing ??= dataDirectory;
            await using var server = await bench.StartAsync(bench.Node.Serve(dataDirectory));
            fresh.Add(Report("sanad start, fresh data dir", i, server.TimeToReady.TotalMilliseconds));
        }

        var warm = new List<double>();
        var idle = new List<double>();
        for (var i = 1; i <= Runs; i++)
        {
            await using var server = await bench.StartAsync(bench.Node.Serve(existing!));
            warm.Add(Report("sanad start, existing data dir", i, server.TimeToReady.TotalMilliseconds));
            await Task.Delay(IdleWait);
            idle.Add(server.ResidentMiB());
            Console.WriteLine($"  idle RSS {idle[^1]:0.0} MiB");
        }
        return new StartupResults(bare, fresh, warm, idle, existing!);
    }

    private static double Report(string what, int run, double milliseconds)
    {
        Console.WriteLine($"{what} #{run}: {milliseconds:0} ms");
        return milliseconds;
    }
}
