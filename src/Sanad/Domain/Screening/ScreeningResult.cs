namespace Sanad.Domain.Screening;

/// <summary>
/// What a screening found, with its reasons: per dimension whether it is positive and which ticked
/// indicators (and which requirement set) made it so, the rule and the catalogue version applied.
/// An indication for referral, never a legal determination.
/// </summary>
public sealed record ScreeningResult(
    string Profile,
    string CatalogueVersion,
    IReadOnlyList<DimensionFinding> Dimensions,
    string Outcome,
    OutcomeBranch AppliedBranch,
    string CombinationRuleId,
    DimensionRule DimensionRule,
    IReadOnlyList<string> MethodsOfControl,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> TypesOfLabourExploitation)
{
    /// <summary>The rule as one line, e.g. "delphi-adult: presumed-victim when (DR or CR or VR) and EX and (CD or VD)".</summary>
    public string Rule => $"{CombinationRuleId}: {AppliedBranch}";
}

/// <summary>One dimension's finding: positive or not, the indicators ticked in it, and the requirement set they met.</summary>
public sealed record DimensionFinding(string Code, bool Positive, IReadOnlyList<ProfileIndicator> Ticked, RequirementSet? MetBy);
