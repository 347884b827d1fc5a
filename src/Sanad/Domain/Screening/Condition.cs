namespace Sanad.Domain.Screening;

/// <summary>
/// A condition over the positive dimensions, read from the catalogue (a dimension code, "allOf" or
/// "anyOf"). A jurisdiction edits the expression in the catalogue, never the code that evaluates it.
/// </summary>
public abstract record Condition
{
    public abstract bool Holds(IReadOnlySet<string> positiveDimensions);

    /// <summary>The condition as a reader sees it, e.g. "(DR or CR or VR) and EX and (CD or VD)", with the words of their language.</summary>
    public abstract string Render(string and, string or);

    /// <summary>Every dimension code named, so the catalogue can check it names only known dimensions.</summary>
    public abstract IEnumerable<string> Dimensions();

    // Sealed so the derived records do not replace it with their generated member listing.
    public sealed override string ToString() => Render("and", "or");
}

public sealed record DimensionIsPositive(string Dimension) : Condition
{
    public override bool Holds(IReadOnlySet<string> positiveDimensions) => positiveDimensions.Contains(Dimension);
    public override string Render(string and, string or) => Dimension;
    public override IEnumerable<string> Dimensions() => [Dimension];
}

public sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(IReadOnlySet<string> positiveDimensions) => Parts.All(p => p.Holds(positiveDimensions));
    public override string Render(string and, string or) => Join(Parts, and, or, and);
    public override IEnumerable<string> Dimensions() => Parts.SelectMany(p => p.Dimensions());

    internal static string Join(IReadOnlyList<Condition> parts, string and, string or, string word) =>
        string.Join($" {word} ", parts.Select(p => p is DimensionIsPositive || parts.Count == 1 ? p.Render(and, or) : $"({p.Render(and, or)})"));
}

public sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(IReadOnlySet<string> positiveDimensions) => Parts.Any(p => p.Holds(positiveDimensions));
    public override string Render(string and, string or) => AllOf.Join(Parts, and, or, or);
    public override IEnumerable<string> Dimensions() => Parts.SelectMany(p => p.Dimensions());
}
