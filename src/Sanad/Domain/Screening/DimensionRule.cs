namespace Sanad.Domain.Screening;

/// <summary>"At least <see cref="AtLeast"/> ticked indicators whose strength is one of <see cref="Of"/>."</summary>
public sealed record Requirement(int AtLeast, IReadOnlyList<Strength> Of)
{
    public override string ToString() => $"{AtLeast} {string.Join(" or ", Of.Select(s => s.Code()))}";
}

/// <summary>One way for a dimension to be positive, e.g. 1 strong + 1 medium or weak. Its requirements count disjoint strengths.</summary>
public sealed record RequirementSet(IReadOnlyList<Requirement> Requirements)
{
    public bool IsMetBy(IReadOnlyCollection<Strength> ticked) =>
        Requirements.All(r => ticked.Count(r.Of.Contains) >= r.AtLeast);

    public override string ToString() => string.Join(" + ", Requirements);
}

/// <summary>
/// When a dimension is positive: any one of its requirement sets is met by the strengths of the
/// indicators ticked in that dimension. The thresholds are catalogue data.
/// </summary>
public sealed record DimensionRule(string Id, IReadOnlyList<RequirementSet> PositiveWhenAnyOf)
{
    /// <summary>The first set the ticked strengths meet, or null when the dimension is not positive.</summary>
    public RequirementSet? FirstMet(IReadOnlyCollection<Strength> ticked) =>
        PositiveWhenAnyOf.FirstOrDefault(set => set.IsMetBy(ticked));

    public override string ToString() => $"{Id}: positive with at least {string.Join("; or ", PositiveWhenAnyOf)}";
}
