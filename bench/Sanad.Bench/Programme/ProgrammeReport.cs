using System.Globalization;
using System.Text;

namespace Sanad.Bench.Programme;

/// <summary>Renders a programme run as the markdown of its section in docs/benchmarks.md, each figure beside its target and baseline.</summary>
internal static class ProgrammeReport
{
    public const double SecondsTarget = 5;
    public const double MiBTarget = 500;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ProgrammeResults r)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"Measured {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC with **{r.Activities:N0} activities (a budget line each), {r.Expenditures:N0} expenditures and {r.Participants:N0} participants** (over the trainings, with attendance and test scores) on top of the demo programme, per provider; the run took {r.Took:h\\:mm\\:ss}. Reproduce from the repository root:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Invariant, $"dotnet run -c Release --project bench/Sanad.Bench -- programme --activities {r.Activities} --expenditures {r.Expenditures} --participants {r.Participants}");
        md.AppendLine("```");
        md.AppendLine();
        if (r.Activities < ProgrammeRun.DefaultActivities || r.Expenditures < ProgrammeRun.DefaultExpenditures || r.Participants < ProgrammeRun.DefaultParticipants)
        {
            md.AppendLine(Invariant, $"**Not the {ProgrammeRun.DefaultActivities:N0} activities, {ProgrammeRun.DefaultExpenditures:N0} expenditures and {ProgrammeRun.DefaultParticipants:N0} participants the targets are set for:** this run checks the mode at a smaller size.");
            md.AppendLine();
        }
        md.AppendLine(Invariant, $"`GET /api/v1/programme/reports/donor?from=<programme start>&to=<programme end>&funder=EU&lang=en&format=pdf|xlsx` as the programme user, one download at a time after a warm-up; {r.Providers[0].Reports[0].Runs.Count} runs per format, medians. Peak memory is the node's resident high-water mark over the download (VmHWM reset before each one where the kernel allows it, never below VmRSS sampled every 5 ms).");
        md.AppendLine();
        md.AppendLine("| Measure | Target | " + string.Join(" | ", r.Providers.Select(p => p.Provider)) + " | Baseline in the same run |");
        md.AppendLine("|---|---|" + string.Concat(r.Providers.Select(_ => "---:|")) + "---|");
        foreach (var format in ProgrammeMeasurement.Formats)
        {
            var label = format.ToUpperInvariant();
            Row(md, r, $"Donor report {label}, time", $"≤ {SecondsTarget:0} s", p =>
            {
                var runs = Report(p, format);
                return $"{runs.MedianSeconds.ToString("0.00", Invariant)} s ({Met(runs.MedianSeconds <= SecondsTarget)}); {(runs.Runs[0].Bytes / 1024.0).ToString("N0", Invariant)} KiB";
            }, p => $"raw SQL sum by month and line: {p.RawSums.MedianMilliseconds.ToString("0.0", Invariant)} ms");
            Row(md, r, $"Donor report {label}, node's peak memory", $"≤ {MiBTarget:0} MB", p =>
            {
                var runs = Report(p, format);
                return $"{runs.MedianPeakMiB.ToString("0", Invariant)} MiB ({Met(runs.MaxPeakMiB * 1.048576 <= MiBTarget)}; highest {runs.MaxPeakMiB.ToString("0", Invariant)} MiB)";
            }, p => $"node idle before the reports: {p.IdleMiB.ToString("0", Invariant)} MiB");
        }
        Row(md, r, "Seeding (`sanad seed-programme`)", "—", p => $"{p.SeedTime.TotalSeconds.ToString("0", Invariant)} s", _ => "—");
        md.AppendLine();
        md.AppendLine("Each run (seconds, peak MiB):");
        md.AppendLine();
        foreach (var p in r.Providers)
            foreach (var f in p.Reports)
                md.AppendLine(Invariant, $"- {p.Provider}, {f.Format}: {string.Join(" / ", f.Runs.Select(x => $"{x.Seconds.ToString("0.000", Invariant)} ({x.PeakMiB.ToString("0", Invariant)})"))}");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(Invariant, $"| CPU | {r.Machine.Cores} × {r.Machine.CpuModel} |");
        md.AppendLine(Invariant, $"| Memory | {r.Machine.MemoryGiB.ToString("0.0", Invariant)} GiB |");
        md.AppendLine(Invariant, $"| OS, .NET | {r.Machine.OperatingSystem}, Linux {r.Machine.Kernel}; {r.Machine.DotNet} |");
        md.AppendLine(Invariant, $"| Load average before the run | {r.LoadAverageBefore} (1 / 5 / 15 min) |");
        return md.ToString();
    }

    private static ReportRuns Report(ProgrammeProviderResults p, string format) => p.Reports.Single(x => x.Format == format);

    private static void Row(StringBuilder md, ProgrammeResults r, string measure, string target, Func<ProgrammeProviderResults, string> cell, Func<ProgrammeProviderResults, string> baseline) =>
        md.AppendLine($"| {measure} | {target} | {string.Join(" | ", r.Providers.Select(cell))} | {string.Join("; ", r.Providers.Select(p => $"{p.Provider}: {baseline(p)}"))} |");

    private static string Met(bool met) => met ? "met" : "**not met**";
}
