using System.Diagnostics;

namespace Sanad.Bench.Foundation;

internal sealed record FoundationResults(
    DateTime MeasuredAt, TimeSpan Took, MachineInfo Machine, string LoadAverageBefore, ForeignCpu OtherProcesses,
    StartupResults Startup, LoadResults Load);

/// <summary>
/// The "foundation" mode, end to end: publish the node, time its starts, read its memory, load it
/// with wrk next to a bare ASP.NET Core server, and rewrite the "Foundation" section of
/// docs/benchmarks.md. Every process it starts is ended before it returns, whatever happens.
/// </summary>
internal static class FoundationRun
{
    public const string Section = "Foundation";

    public static async Task<int> RunAsync()
    {
        var took = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var scratch = Directory.CreateTempSubdirectory("sanad-bench-").FullName;
        // Disposed on every way out: ends every server and wrk still running, removes the scratch folder.
        using var children = new ChildProcesses(scratch);
        // No cookies, no redirects: every probe sees exactly what the server answered.
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });

        var machine = await MachineInfo.ReadAsync(children);
        var node = await SanadNode.PublishAsync(children);
        var bench = new BenchContext(children, http, node, scratch);
        // From here on, not before: dotnet publish may leave build servers running that are not the bench's children.
        var cpuAtStart = CpuSample.Take();
        var startup = await StartupMeasurement.RunAsync(bench);
        var load = await LoadMeasurement.RunAsync(bench, startup.ExistingDataDirectory);
        // Every server has stopped and been reaped by now, so its CPU time counts as the bench's own.
        var otherProcesses = CpuSample.Take().Since(cpuAtStart);
        var results = new FoundationResults(DateTime.UtcNow, took.Elapsed, machine, loadBefore, otherProcesses, startup, load);
        BenchmarksDocument.WriteSection(Section, FoundationReport.Render(results));
        Console.WriteLine($"Foundation run took {took.Elapsed:m\\:ss}; other processes used {otherProcesses.UsedSeconds:0.0} of {otherProcesses.AvailableSeconds:0} CPU-seconds meanwhile.");
        return 0;
    }
}
