using System.Globalization;
using System.Text;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Refer;

/// <summary>Renders a refer run as the markdown of its section in docs/benchmarks.md, each figure beside its target and baseline.</summary>
internal static class ReferReport
{
    public const double IncomingP95TargetMs = 50;
    public const double OverviewP95TargetMs = 200;
    public const double ScanTargetMs = 5000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ReferResults r)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC with **{r.Cases:N0} seeded cases and {r.ReferralsPerCase} referrals each** (with their consents and histories; reflection periods on a fifth of the cases, follow-ups on a third) per provider; the run took {r.Took:h\\:mm\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Invariant, $"dotnet run -c Release --project bench/Sanad.Bench -- refer --cases {r.Cases}");
        md.AppendLine("```");
        md.AppendLine();
        if (r.Cases < ReferRun.DefaultCases)
        {
            md.AppendLine(Invariant, $"**Not the 1,000,000 cases and 3,000,000 referrals the targets are set for:** this run seeded {r.Cases:N0} cases.");
            md.AppendLine();
        }
        md.AppendLine(Invariant, $"`{Wrk.CommandLine(LoadMeasurement.Duration, ReferMeasurement.Clients)}` after a {LoadMeasurement.WarmUp.TotalSeconds:0} s warm-up per endpoint; {LoadMeasurement.Runs} runs per endpoint, interleaved with the bare baseline; medians. The incoming list cycles through its first 10 pages, without a state and for each open state.");
        md.AppendLine();
        md.AppendLine("| Measure | Target | " + string.Join(" | ", r.Providers.Select(p => p.Provider)) + " | Baseline in the same run |");
        md.AppendLine("|---|---|" + string.Concat(r.Providers.Select(_ => "---:|")) + "---|");
        Row(md, r, "Incoming-referrals list p95", $"≤ {IncomingP95TargetMs:0} ms", p => Ms(Endpoint(p, ReferMeasurement.Incoming), IncomingP95TargetMs),
            p => $"raw SQL of the page and its count: {p.RawIncomingList.MedianMilliseconds.ToString("0.00", Invariant)} ms; {BareLine(p)}");
        Row(md, r, "Coordinator overview p95", $"≤ {OverviewP95TargetMs:0} ms", p => Ms(Endpoint(p, ReferMeasurement.Overview), OverviewP95TargetMs), BareLine);
        Row(md, r, "Caseworker work list p95", "—", p => Ms(Endpoint(p, ReferMeasurement.WorkList), null), BareLine);
        Row(md, r, "Deadline scan over every open case (`sanad deadlines remind`, warm)", $"≤ {ScanTargetMs / 1000:0} s", p =>
        {
            var warm = Stats.Median([.. p.ScanMilliseconds.Skip(1)]);
            return $"{warm.ToString("N0", Invariant)} ms ({Met(warm <= ScanTargetMs)}); first, cold: {p.ScanMilliseconds.FirstOrDefault().ToString("N0", Invariant)} ms";
        }, p => $"raw SQL of its query: {p.RawScan.MedianMilliseconds.ToString("N0", Invariant)} ms");
        Row(md, r, "Seeding (`sanad seed --people N --referrals-per-case K`)", "—",
            p => $"{p.SeedTime.TotalSeconds.ToString("0", Invariant)} s for {p.Cases:N0} cases and {p.Referrals:N0} referrals", _ => "—");
        Row(md, r, "Database bytes per case", "—", p => $"{(p.DatabaseBytes / (double)p.Cases).ToString("N0", Invariant)} B ({(p.DatabaseBytes / 1048576.0).ToString("N0", Invariant)} MiB in all)", _ => "whole database ÷ seeded cases");
        md.AppendLine();
        md.AppendLine("Each run of each endpoint (requests/s, p95):");
        md.AppendLine();
        foreach (var p in r.Providers)
            foreach (var e in p.Endpoints)
                md.AppendLine(Invariant, $"- {p.Provider}, {e.Label}: {string.Join(" / ", e.Runs.Select(x => $"{x.RequestsPerSecond.ToString("N0", Invariant)} ({x.P95Ms.ToString("0.0", Invariant)} ms)"))}; non-2xx or socket errors: {e.Errors}");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant, $"| CPU | {r.Machine.Cores} × {r.Machine.CpuModel} |");
        md.AppendLine(Invariant, $"| Memory | {r.Machine.MemoryGiB.ToString("0.0", Invariant)} GiB |");
        md.AppendLine(Invariant, $"| OS, .NET, wrk | {r.Machine.OperatingSystem}, Linux {r.Machine.Kernel}; {r.Machine.DotNet}; {r.Machine.Wrk} on the same cores as the servers |");
        md.AppendLine(Invariant, $"| Load average before the run | {r.LoadAverageBefore} (1 / 5 / 15 min) |");
        md.AppendLine();
        md.AppendLine(Notes);
        return md.ToString();
    }

    private static EndpointRuns Endpoint(ReferProviderResults p, string label) => p.Endpoints.Single(e => e.Label == label);

    private static string BareLine(ReferProviderResults p) =>
        $"bare `GET /`: {Endpoint(p, ReferMeasurement.Bare).MedianRequestsPerSecond.ToString("N0", Invariant)} req/s, p95 {Endpoint(p, ReferMeasurement.Bare).MedianP95Ms.ToString("0.00", Invariant)} ms";

    private static void Row(StringBuilder md, ReferResults r, string measure, string target, Func<ReferProviderResults, string> cell, Func<ReferProviderResults, string> baseline) =>
        md.AppendLine($"| {measure} | {target} | {string.Join(" | ", r.Providers.Select(cell))} | {string.Join("; ", r.Providers.Select(p => $"{p.Provider}: {baseline(p)}"))} |");

    private static string Ms(EndpointRuns e, double? target) =>
        $"{e.MedianP95Ms.ToString("0.0", Invariant)} ms{(target is { } t ? $" ({Met(e.MedianP95Ms <= t)})" : "")}; {e.MedianRequestsPerSecond.ToString("N0", Invariant)} req/s";

    private static string Met(bool met) => met ? "met" : "**not met**";

    /// <summary>How to read the table: the list and the overview do less than a plain reading of their question would.</summary>
    private const string Notes = """
        How to read it: the raw SQL baseline of the list counts every referral the shelter ever received (~330,000 rows), while the list counts up to 1,000 rows past the page and says "at least" (decision 0043): that is why the endpoint runs under its baseline. The overview adds up the period's referral day counts, kept in the same transaction as every referral change (decision 0044), instead of grouping the period's ~200,000 referrals. The work list reads each list along its own index, the legal deadlines along partial indexes that hold only open deadlines (decision 0021, revised).
        """;
}
