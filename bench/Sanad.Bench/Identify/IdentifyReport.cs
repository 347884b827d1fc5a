using System.Globalization;
using System.Text;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Identify;

/// <summary>Renders an identify run as the markdown of its section in docs/benchmarks.md, each figure beside its target and baseline.</summary>
internal static class IdentifyReport
{
    public const double DuplicatesP95TargetMs = 20;
    public const double NameSearchP95TargetMs = 50;
    public const double CasePageTargetRps = 500;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(IdentifyResults r)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC with **{r.People:N0} seeded people and cases** per provider; the run took {r.Took:h\\:mm\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Invariant, $"dotnet run -c Release --project bench/Sanad.Bench -- identify --people {r.People}");
        md.AppendLine("```");
        md.AppendLine();
        if (r.People < IdentifyRun.DefaultPeople)
        {
            md.AppendLine(Invariant, $"**Not the 1,000,000 people the targets are set for:** this run seeded {r.People:N0} per provider, to fit the time it had; the seeding rates below say how long 1,000,000 would take.");
            md.AppendLine();
        }
        md.AppendLine(Invariant, $"`{Wrk.CommandLine(LoadMeasurement.Duration)}`, and `-c{ProviderMeasurement.SearchClients}` for the latency of the two searches (each request takes the next line of a list: 1,000 names, or up to 2,000 cases of the caseworker's agency), after a {LoadMeasurement.WarmUp.TotalSeconds:0} s warm-up per endpoint; {LoadMeasurement.Runs} runs per endpoint, interleaved with the bare baseline; medians.");
        md.AppendLine();
        md.AppendLine("| Measure | Target | " + string.Join(" | ", r.Providers.Select(p => p.Provider)) + " | Baseline in the same run |");
        md.AppendLine("|---|---|" + string.Concat(r.Providers.Select(_ => "---:|")) + "---|");
        var few = ProviderMeasurement.SearchClients;
        Row(md, r, $"Duplicate-candidate search p95, {few} clients", $"≤ {DuplicatesP95TargetMs:0} ms", p => Ms(Endpoint(p, ProviderMeasurement.AtSearchClients(ProviderMeasurement.Duplicates)).MedianP95Ms, DuplicatesP95TargetMs), BareLine);
        Row(md, r, "Duplicate-candidate search, 32 clients", "—", p => Saturated(Endpoint(p, ProviderMeasurement.Duplicates)), BareLine);
        Row(md, r, $"Case search by name p95, {few} clients", $"≤ {NameSearchP95TargetMs:0} ms", p => Ms(Endpoint(p, ProviderMeasurement.AtSearchClients(ProviderMeasurement.NameSearch)).MedianP95Ms, NameSearchP95TargetMs), BareLine);
        Row(md, r, "Case search by name, 32 clients", "—", p => Saturated(Endpoint(p, ProviderMeasurement.NameSearch)), BareLine);
        Row(md, r, "Case page, requests/s (each view writes an audit line)", $"≥ {CasePageTargetRps:0}", p =>
        {
            var e = Endpoint(p, ProviderMeasurement.CasePage);
            return $"{Rps(e)} ({Met(e.MedianRequestsPerSecond >= CasePageTargetRps)}); p95 {e.MedianP95Ms.ToString("0.0", Invariant)} ms";
        }, RawLine);
        Row(md, r, "`sanad seed --people N`", "—", p => $"{p.SeedTime.TotalSeconds.ToString("0", Invariant)} s ({p.SeedRate.ToString("N0", Invariant)} people/s; 1,000,000 ≈ {(1_000_000 / p.SeedRate / 60).ToString("0", Invariant)} min)", _ => "—");
        Row(md, r, "Database bytes per case", "—", p => $"{(p.DatabaseBytes / (double)p.People).ToString("N0", Invariant)} B ({(p.DatabaseBytes / 1048576.0).ToString("N0", Invariant)} MiB in all)", _ => "whole database ÷ seeded cases");
        md.AppendLine();
        md.AppendLine(Invariant, $"**Screening:** {r.Screening.EvaluationsPerSecond.ToString("N0", Invariant)} evaluations/s on one core ({r.Screening.MeanNs.ToString("N0", Invariant)} ns each: adult labour profile, 10 indicators), against {r.Screening.BaselinePerSecond.ToString("N0", Invariant)}/s for a dictionary lookup of the same 10 keys ({r.Screening.BaselineNs.ToString("N0", Invariant)} ns); BenchmarkDotNet, the `micro` mode's job (`ScreeningBenchmarks`).");
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
        md.AppendLine(Invariant, $"| Data | per provider: the `--demo` data (300 people), then `sanad seed --people {r.People}`: {r.People:N0} more people, each with one case, names indexed (about 15 name keys each) |");
        md.AppendLine();
        md.AppendLine("How it is measured:");
        md.AppendLine("- SQLite in a fresh data directory; PostgreSQL 15 on the same machine in a fresh database `sanad_bench_<random>`, dropped at the end (`Database__Provider=Postgres`, `ConnectionStrings__Sanad`). For each: `sanad migrate`, one `--demo` start of the published node (demo agencies and users), `sanad seed` (timed from process start to exit), then the node serves with `--demo` as in the foundation run, a token from `sanad token create` for `caseworker@demo.sanad.local`.");
        md.AppendLine("- Names come from the seeding generator with another seed (same name pools; every fourth one in Arabic script). Duplicate search posts `{\"name\": …}`; name search is `GET /api/v1/cases?name=…` (the caseworker's agency only, 25 a page). Case ids are the caseworker's agency's, read through the API.");
        md.AppendLine(Invariant, $"- Why the search latencies are read at {ProviderMeasurement.SearchClients} clients: a national node's duplicate checks and name searches come a few at a time, from the caseworkers registering or looking someone up at that moment. With 32 clients on 2 cores every request queues behind 31 others, and p95 measures the queue (about 32 ÷ requests/s), not the search: the 32-client rows show that saturated throughput and its p95 as well.");
        md.AppendLine("- Raw lookup: `SELECT * FROM cases WHERE \"Id\" = @id`, prepared, one connection, random ids of 10,000 sampled, in a 5 s loop in the bench process, node stopped: no HTTP, EF Core, access check nor audit.");
        md.AppendLine("- Bytes per case: SQLite file after `PRAGMA wal_checkpoint(TRUNCATE)`, or `pg_database_size`, divided by the seeded cases; it holds people, sealed identities, the name index, the audit trail and the demo data as well.");
        return md.ToString();
    }

    private static EndpointRuns Endpoint(ProviderResults p, string label) => p.Endpoints.Single(e => e.Label == label);

    private static string BareLine(ProviderResults p) => $"bare `GET /`: {Rps(Endpoint(p, ProviderMeasurement.Bare))} req/s, p95 {Endpoint(p, ProviderMeasurement.Bare).MedianP95Ms.ToString("0.00", Invariant)} ms";

    private static string RawLine(ProviderResults p) => $"raw PK lookup: {p.RawLookup.LookupsPerSecond.ToString("N0", Invariant)}/s, median {p.RawLookup.MedianMicroseconds.ToString("0", Invariant)} µs; {BareLine(p)}";

    private static void Row(StringBuilder md, IdentifyResults r, string measure, string target, Func<ProviderResults, string> cell, Func<ProviderResults, string> baseline) =>
        md.AppendLine($"| {measure} | {target} | {string.Join(" | ", r.Providers.Select(cell))} | {string.Join("; ", r.Providers.Select(p => $"{p.Provider}: {baseline(p)}"))} |");

    private static string Ms(double value, double target) => $"{value.ToString("0.0", Invariant)} ms ({Met(value <= target)})";

    private static string Saturated(EndpointRuns e) => $"{Rps(e)} req/s, p95 {e.MedianP95Ms.ToString("0.0", Invariant)} ms";

    private static string Rps(EndpointRuns e) => e.MedianRequestsPerSecond.ToString("N0", Invariant);

    private static string Met(bool met) => met ? "met" : "**not met**";
}
