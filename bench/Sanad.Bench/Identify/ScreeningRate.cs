using BenchmarkDotNet.Running;
using Sanad.Bench.Micro;

namespace Sanad.Bench.Identify;

internal sealed record ScreeningFigures(double EvaluationsPerSecond, double BaselinePerSecond, double MeanNs, double BaselineNs);

/// <summary>Runs <see cref="ScreeningBenchmarks"/> with the micro mode's job and turns its means into rates.</summary>
internal static class ScreeningRate
{
    public static ScreeningFigures Measure()
    {
        var summary = BenchmarkRunner.Run<ScreeningBenchmarks>(MicroRun.Config);
        if (MicroRun.Failed(summary)) throw new InvalidOperationException("The screening benchmark failed.");
        double Mean(string method) => summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean;
        var evaluate = Mean(nameof(ScreeningBenchmarks.Evaluate));
        var lookup = Mean(nameof(ScreeningBenchmarks.Lookup));
        return new ScreeningFigures(1e9 / evaluate, 1e9 / lookup, evaluate, lookup);
    }
}
