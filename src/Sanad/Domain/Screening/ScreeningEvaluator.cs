namespace Sanad.Domain.Screening;

/// <summary>
/// Evaluates ticked indicators against a profile of the catalogue. Pure and stateless: it keeps
/// nothing about the person screened, so the same answers always give the same result.
/// </summary>
public sealed class ScreeningEvaluator(ScreeningCatalogue catalogue)
{
    public ScreeningCatalogue Catalogue => catalogue;

    public Result<ScreeningResult> Evaluate(string? profileCode, IEnumerable<string?> indicatorKeys)
    {
        var profile = catalogue.Profile(profileCode);
        if (profile is null)
            return Error.Invalid("Unknown screening profile '{0}'.", profileCode ?? "") with { Field = "profile" };

        var keys = indicatorKeys.Select(k => k ?? "").Distinct(StringComparer.Ordinal).ToList();
        var unknown = keys.Where(k => profile.Find(k) is null).ToList();
        if (unknown.Count > 0)
            return Error.Invalid("Unknown indicator for the profile {0}: {1}.", profile.Code, string.Join(", ", unknown)) with { Field = "indicators" };

        // Ticked indicators keep the catalogue's order, so explanations read the same way as the form.
        var ticked = profile.Indicators.Where(i => keys.Contains(i.Key)).ToList();
        var findings = catalogue.Dimensions.Select(d => Find(profile, d.Code, ticked)).ToList();
        var positive = findings.Where(f => f.Positive).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var branch = profile.CombinationRule.Decide(positive);

        return new ScreeningResult(
            profile.Code,
            catalogue.Version,
            findings,
            branch.Outcome,
            branch,
            profile.CombinationRule.Id,
            profile.DimensionRule,
            ticked.SelectMany(i => i.Indicator.MethodsOfControl).Distinct().ToList(),
            profile.ExploitationTypes.Where(t => t.When.Holds(positive)).Select(t => t.Code).Distinct().ToList(),
            ticked.SelectMany(i => i.Indicator.TypesOfLabourExploitation).Distinct().ToList());
    }

    private static DimensionFinding Find(ScreeningProfile profile, string dimension, List<ProfileIndicator> ticked)
    {
        var inDimension = ticked.Where(i => i.Indicator.Dimension == dimension).ToList();
        var metBy = profile.DimensionRule.FirstMet(inDimension.Select(i => i.Strength).ToList());
        return new DimensionFinding(dimension, metBy is not null, inDimension, metBy);
    }
}
