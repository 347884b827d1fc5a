namespace Sanad.Domain.People;

/// <summary>
/// A supervisor's decision that two records are one person: the duplicate is folded into the
/// survivor and its cases move with it. The merge keeps which cases moved, so it can be undone.
/// </summary>
public sealed class PersonMerge
{
    public long Id { get; private set; }
    public PersonId Survivor { get; private set; }
    public PersonId Duplicate { get; private set; }
    /// <summary>The ids of the cases that moved from the duplicate to the survivor, comma-separated.</summary>
    public string MovedCases { get; private set; } = "";
    public Guid? MergedBy { get; private set; }
    public DateTime MergedAt { get; private set; }
    public Guid? UndoneBy { get; private set; }
    public DateTime? UndoneAt { get; private set; }

    private PersonMerge() { }

    public static PersonMerge Record(PersonId survivor, PersonId duplicate, IEnumerable<Guid> movedCases, Guid? by, DateTime now) => new()
    {
        Survivor = survivor,
        Duplicate = duplicate,
        MovedCases = string.Join(',', movedCases),
        MergedBy = by,
        MergedAt = now,
    };

    public IReadOnlyList<Guid> MovedCaseIds => MovedCases.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public void Undo(Guid? by, DateTime now)
    {
        UndoneBy = by;
        UndoneAt = now;
    }
}
