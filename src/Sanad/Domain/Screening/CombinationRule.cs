namespace Sanad.Domain.Screening;

/// <summary>One outcome of a combination rule and its condition; the last branch has none and applies otherwise.</summary>
public sealed record OutcomeBranch(string Outcome, Condition? When)
{
    public override string ToString() => When is null ? $"{Outcome} otherwise" : $"{Outcome} when {When}";
}

/// <summary>
/// Combines positive dimensions into an outcome: the first branch whose condition holds wins.
/// Held as catalogue data so a jurisdiction can pick or edit it; the id goes into every result.
/// </summary>
public sealed record CombinationRule(string Id, IReadOnlyList<OutcomeBranch> Branches)
{
    public OutcomeBranch Decide(IReadOnlySet<string> positiveDimensions) =>
        Branches.First(b => b.When is null || b.When.Holds(positiveDimensions));
}
