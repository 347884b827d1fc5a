namespace Sanad.Domain.Programmes;

public readonly record struct BudgetLineId(Guid Value)
{
    public static BudgetLineId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Cost categories of a budget line: the headings of the EU's standard budget for actions (human
/// resources, travel, equipment and supplies, other costs and services), with "other" for the rest.
/// </summary>
public enum BudgetCategory
{
    Staff,
    Travel,
    Equipment,
    Services,
    Other,
}

/// <summary>
/// One line of a programme's budget, in the programme's budget currency: an amount planned for a
/// category of costs, for one activity or for the programme as a whole (management, audit).
/// Expenditures are charged to a line; budget versus actual is read line by line.
/// </summary>
public sealed class BudgetLine
{
    public BudgetLineId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    /// <summary>The activity the line pays for; null for costs of the whole programme.</summary>
    public ActivityId? ActivityId { get; private set; }
    /// <summary>The line's number in the signed budget ("1.2"), unique in the programme; imports name lines by it.</summary>
    public string Code { get; private set; } = "";
    public BudgetCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>Planned amount in the programme's budget currency.</summary>
    public decimal Amount { get; private set; }
    /// <summary>
    /// Whether the donor accepts the line's costs (an ineligible line, such as recoverable VAT, is paid
    /// outside the co-financing rule); every expenditure on an ineligible line counts as ineligible.
    /// </summary>
    public bool Eligible { get; private set; } = true;
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private BudgetLine() { }

    public static BudgetLine Plan(ProgrammeId programme, ActivityId? activity, string code, BudgetCategory category, string description, decimal amount, bool eligible, DateTime now) => new()
    {
        Id = BudgetLineId.New(),
        ProgrammeId = programme,
        ActivityId = activity,
        Code = code.Trim(),
        Category = category,
        Description = description.Trim(),
        Amount = decimal.Round(amount, 2),
        Eligible = eligible,
        UpdatedAt = now,
    };

    /// <summary>Changes what the line pays for; its code stays, since expenditures and imports name it.</summary>
    public void Revise(ActivityId? activity, BudgetCategory category, string description, decimal amount, bool eligible, DateTime now)
    {
        ActivityId = activity;
        Category = category;
        Description = description.Trim();
        Amount = decimal.Round(amount, 2);
        Eligible = eligible;
        UpdatedAt = now;
        Version++;
    }
}
