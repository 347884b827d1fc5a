using System.Globalization;
using System.Text;

namespace Sanad.Bench.Foundation;

/// <summary>Renders a foundation run as the markdown of its section in docs/benchmarks.md.</summary>
internal static class FoundationReport
{
    /// <summary>/api/v1/me should keep at least half the requests per second of a bare endpoint.</summary>
    public const double MeTarget = 0.5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(FoundationResults r)
    {
        var s = r.Startup;
        var l = r.Load;
        var baseline = l.Endpoints.Single(e => e.Target.IsBaseline);
        var me = l.Endpoints.Single(e => e.Target.Url.AbsolutePath == "/api/v1/me");
        var signIn = l.Endpoints.Single(e => e.Target.Url.AbsolutePath == "/Account/SignIn");
        var meShare = me.MedianRequestsPerSecond / baseline.MedianRequestsPerSecond;
        var signInShare = signIn.MedianRequestsPerSecond / baseline.MedianRequestsPerSecond;
        var md = new StringBuilder();

        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC; the run took {r.Took:m\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine("dotnet run -c Release --project bench/Sanad.Bench -- foundation");
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Invariant, $"**`/api/v1/me` serves {Percent(meShare)} of the bare endpoint's requests per second (target ≥ {(MeTarget * 100).ToString("0", Invariant)} %): {(meShare >= MeTarget ? "met" : "not met")}. The sign-in page serves {Percent(signInShare)}.**");
        md.AppendLine();

        md.AppendLine("### Start-up and memory");
        md.AppendLine();
        md.AppendLine("| Measure | Sanad | Bare ASP.NET Core | Runs |");
        md.AppendLine("|---|---:|---:|---|");
        md.AppendLine(Invariant, $"| Cold start to ready, fresh data dir: process start → first 200 of the readiness probe (creates and migrates the SQLite database, seeds the demo data) | {Ms(Stats.Median(s.FreshMs))} | — | median of {s.FreshMs.Count}, range {Range(s.FreshMs)} |");
        md.AppendLine(Invariant, $"| Cold start to ready, existing data dir (warm) | {Ms(Stats.Median(s.WarmMs))} | {Ms(Stats.Median(s.BareMs))} | median of {s.WarmMs.Count} each; Sanad {Range(s.WarmMs)}, bare {Range(s.BareMs)} |");
        md.AppendLine(Invariant, $"| Resident memory (VmRSS) after ready and {StartupMeasurement.IdleWait.TotalSeconds:0} s idle | {MiB(Stats.Median(s.IdleMiB))} | {MiB(l.BareIdleMiB)} | Sanad: median of {s.IdleMiB.Count} warm starts; bare: 1 |");
        md.AppendLine(Invariant, $"| Resident memory after the load runs below | {MiB(l.SanadAfterLoadMiB)} | {MiB(l.BareAfterLoadMiB)} | 1 each |");
        md.AppendLine();

        md.AppendLine(Invariant, $"### Throughput and latency, {Wrk.Connections} concurrent clients");
        md.AppendLine();
        md.AppendLine(Invariant, $"`{Wrk.CommandLine(LoadMeasurement.Duration)}`, after a {LoadMeasurement.WarmUp.TotalSeconds:0} s warm-up per endpoint; {LoadMeasurement.Runs} runs per endpoint, interleaved; medians.");
        md.AppendLine();
        md.AppendLine("| Endpoint | Requests/s | p95 latency | Share of bare req/s | Each run (req/s) | Non-2xx or socket errors |");
        md.AppendLine("|---|---:|---:|---:|---|---:|");
        foreach (var e in l.Endpoints)
        {
            var share = e.MedianRequestsPerSecond / baseline.MedianRequestsPerSecond;
            var each = string.Join(" / ", e.Runs.Select(run => run.RequestsPerSecond.ToString("N0", Invariant)));
            md.AppendLine(Invariant, $"| {e.Target.Label} | {e.MedianRequestsPerSecond.ToString("N0", Invariant)} | {e.MedianP95Ms.ToString("0.00", Invariant)} ms | {Percent(share)} | {each} | {e.Errors} |");
        }
        md.AppendLine();

        md.AppendLine("### Machine and data");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant, $"| CPU | {r.Machine.Cores} × {r.Machine.CpuModel} (`nproc` = {r.Machine.Cores}) |");
        md.AppendLine(Invariant, $"| Memory | {r.Machine.MemoryGiB.ToString("0.0", Invariant)} GiB |");
        md.AppendLine(Invariant, $"| OS | {r.Machine.OperatingSystem}, Linux {r.Machine.Kernel} |");
        md.AppendLine(Invariant, $"| .NET | {r.Machine.DotNet}; Server GC in both servers |");
        md.AppendLine(Invariant, $"| Load generator | {r.Machine.Wrk}, on the same cores as the servers |");
        md.AppendLine(Invariant, $"| Other work on the machine | load average {r.LoadAverageBefore} (1 / 5 / 15 min) before the run; during the measurements other processes used about {r.OtherProcesses.UsedSeconds.ToString("0.0", Invariant)} of {r.OtherProcesses.AvailableSeconds.ToString("0", Invariant)} CPU-seconds ({Percent(r.OtherProcesses.Share)}) |");
        md.AppendLine(Invariant, $"| Data during the load runs | users: {l.Data.Users}, agencies: {l.Data.Agencies}, audit entries: {l.Data.AuditEntries}, personal access tokens: {l.Data.AccessTokens} (the `--demo` seed, SQLite) |");
        md.AppendLine();

        md.AppendLine("How it is measured:");
        md.AppendLine("- Sanad is published (`dotnet publish src/Sanad -c Release`) and started as `dotnet sanad.dll --demo --data-dir DIR --urls http://127.0.0.1:PORT` from the publish folder, with `ASPNETCORE_ENVIRONMENT=Production`, `Security__SecureCookies=false` and the sign-in and token rate limits at their maximum (10,000 a minute; they apply to POSTs only).");
        md.AppendLine("- The baseline is `app.MapGet(\"/\", () => \"ok\")` on a default `WebApplication` (`Sanad.Bench bare`), as a separate process, started and loaded in the same run.");
        md.AppendLine("- Start-up is timed from just before the process is started to the first 200 of `/health/ready` (Sanad; it checks the database) or `/` (bare), probed every 10 ms. Each server runs under `timeout` as a safety net, which adds a fork and an exec.");
        md.AppendLine("- The token for `/api/v1/me` comes from `sanad token create`; `GET /Account/SignIn` is anonymous, without cookies, so every request gets a new antiforgery token.");
        md.AppendLine("- `/health/live` runs Sanad's whole middleware pipeline but touches no database; the gap between it and an endpoint is that endpoint's own work (for `/api/v1/me`: the token lookup and the agency query).");
        md.AppendLine("- wrk shares the 2 cores with the server it loads, so absolute figures are low; the shares of the baseline are the figures to watch.");
        return md.ToString();
    }

    private static string Ms(double value) => value.ToString("N0", Invariant) + " ms";

    private static string MiB(double value) => value.ToString("0", Invariant) + " MiB";

    private static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + " %";

    private static string Range(IReadOnlyList<double> values) =>
        $"{values.Min().ToString("N0", Invariant)}–{values.Max().ToString("N0", Invariant)} ms";
}
