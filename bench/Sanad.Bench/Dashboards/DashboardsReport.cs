using System.Globalization;
using System.Text;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Dashboards;

/// <summary>Renders a dashboards run as the markdown of its section in docs/benchmarks.md.</summary>
internal static class DashboardsReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(DashboardsResults r)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC with **{r.Cases:N0} seeded cases** (one referral each) per provider; the run took {r.Took:h\\:mm\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Invariant, $"dotnet run -c Release --project bench/Sanad.Bench -- {DashboardsRun.ModeName} --cases {r.Cases}");
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Invariant, $"Each chart's `GET /api/v1/dashboards/{{chart}}` as the coordinator, one request at a time (a person opening the page), {DashboardsMeasurement.Requests} requests after 2 warm-up ones: median (p95) in ms. The page draws all nine, so its data costs the column's sum. The issue sets no target for the dashboards.");
        md.AppendLine();
        var filters = DashboardsMeasurement.Filters.Select(f => f.Label).ToList();
        md.AppendLine("| Chart | " + string.Join(" | ", r.Providers.SelectMany(p => filters.Select(f => $"{p.Provider}, {f}"))) + " |");
        md.AppendLine("|---|" + string.Concat(r.Providers.SelectMany(_ => filters.Select(_ => "---:|"))));
        foreach (var chart in r.Providers[0].Charts.Select(c => c.Chart).Distinct())
            md.AppendLine($"| {chart} | " + string.Join(" | ", r.Providers.SelectMany(p => filters.Select(f => Cell(p.Charts.Single(c => c.Chart == chart && c.Filter == f))))) + " |");
        md.AppendLine("| **all nine (sum of medians)** | " + string.Join(" | ", r.Providers.SelectMany(p => filters.Select(f =>
            $"**{p.Charts.Where(c => c.Filter == f).Sum(c => c.MedianMs).ToString("0", Invariant)}**"))) + " |");
        md.AppendLine();
        md.AppendLine("| Baseline in the same run (victims by year and sex, no filter; raw SQL, node stopped, median of 5) | " + string.Join(" | ", r.Providers.Select(p => p.Provider)) + " |");
        md.AppendLine("|---|" + string.Concat(r.Providers.Select(_ => "---:|")));
        md.AppendLine("| The query before the case facts: identified cases joined to their people | " + string.Join(" | ", r.Providers.Select(p => Ms(p.BeforeFacts.MedianMilliseconds))) + " |");
        md.AppendLine("| The same counts from `case_facts` (the floor under the endpoint) | " + string.Join(" | ", r.Providers.Select(p => Ms(p.FactsSql.MedianMilliseconds))) + " |");
        md.AppendLine("| Endpoint `victims-by-year`, no filter ÷ the query before | " + string.Join(" | ", r.Providers.Select(p =>
            (p.Charts.Single(c => c.Chart == "victims-by-year" && c.Filter == filters[0]).MedianMs / p.BeforeFacts.MedianMilliseconds).ToString("0.00", Invariant))) + " |");
        md.AppendLine("| Seeding (`sanad seed --people N --referrals-per-case 1`, facts filled at the end) | " + string.Join(" | ", r.Providers.Select(p => $"{p.SeedTime.TotalSeconds.ToString("0", Invariant)} s")) + " |");
        md.AppendLine("| Database bytes per case | " + string.Join(" | ", r.Providers.Select(p => $"{(p.DatabaseBytes / (double)p.Cases).ToString("N0", Invariant)} B")) + " |");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant, $"| CPU | {r.Machine.Cores} × {r.Machine.CpuModel} |");
        md.AppendLine(Invariant, $"| Memory | {r.Machine.MemoryGiB.ToString("0.0", Invariant)} GiB |");
        md.AppendLine(Invariant, $"| OS, .NET | {r.Machine.OperatingSystem}, Linux {r.Machine.Kernel}; {r.Machine.DotNet} |");
        md.AppendLine(Invariant, $"| Load average before the run | {r.LoadAverageBefore} (1 / 5 / 15 min) |");
        md.AppendLine();
        md.AppendLine(Notes);
        return md.ToString();
    }

    private static string Cell(ChartTimes c) => $"{c.MedianMs.ToString("0.0", Invariant)} ({c.P95Ms.ToString("0.0", Invariant)})";

    private static string Ms(double ms) => $"{ms.ToString("N1", Invariant)} ms";

    private const string Notes = """
        How to read it: each chart counts from `case_facts`, one narrow row per case kept in the same transaction as every change to a case, its events, decisions and services (decision 0048), through an index of its own that holds the identified victims only and streams the groups without sorting. The query before is the one the charts ran until then, on today's schema (the index it used, `IX_cases_dashboard`, went with the change). The referrals and services charts with a filter gather the cases in scope once from a narrow index, then probe the referrals (or services) of those cases.
        """;
}
