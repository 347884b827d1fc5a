using BenchmarkDotNet.Attributes;
using Sanad.Domain.Screening;
using Sanad.Features.Screening.Catalogue;

namespace Sanad.Bench.Micro;

/// <summary>
/// One screening of the adult labour profile with ten ticked indicators, as a caseworker submits
/// it, against a baseline that only looks the same ten keys up in a dictionary of the profile's
/// indicators: the Ratio is what the rules cost on top of finding the indicators.
/// Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private static readonly string[] Ticked =
    [
        "dr.job_nature", "dr.wages", "cr.violence", "cr.documents", "vr.economic",
        "ex.hours", "ex.pay", "cd.documents", "cd.debt", "vd.dependency",
    ];

    private ScreeningEvaluator _evaluator = null!;
    private Dictionary<string, ProfileIndicator> _indicators = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = ScreeningCatalogueLoader.LoadShipped();
        _evaluator = new ScreeningEvaluator(catalogue);
        _indicators = catalogue.Profile("adult-labour")!.Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        if (!_evaluator.Evaluate("adult-labour", Ticked).Succeeded) throw new InvalidOperationException("The benchmark's indicators are not in the profile.");
    }

    [Benchmark(Baseline = true, Description = "Dictionary lookup of the 10 keys")]
    public int Lookup()
    {
        var found = 0;
        foreach (var key in Ticked) if (_indicators.TryGetValue(key, out _)) found++;
        return found;
    }

    [Benchmark(Description = "ScreeningEvaluator.Evaluate(adult-labour, 10 indicators)")]
    public ScreeningResult? Evaluate() => _evaluator.Evaluate("adult-labour", Ticked).Value;
}
