namespace Sanad.Domain.Programmes;

public readonly record struct ExpenditureId(Guid Value)
{
    public static ExpenditureId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Money spent on a budget line and charged to one funder: the amount in the currency it was paid in,
/// the exchange rate used on its date and the amount in the budget currency that rate gives. The rate
/// is kept on the expenditure, so a rate corrected later does not silently change a reported figure.
/// </summary>
public sealed class Expenditure
{
    public ExpenditureId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    public BudgetLineId BudgetLineId { get; private set; }
    public FundingSourceId FundingSourceId { get; private set; }
    public DateOnly SpentOn { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    /// <summary>Units of <see cref="Currency"/> per unit of budget currency on <see cref="SpentOn"/> (1 for the budget currency).</summary>
    public decimal Rate { get; private set; }
    public decimal AmountInBudgetCurrency { get; private set; }
    /// <summary>Eligible costs count in the co-financing check; ineligible ones are reported but carried outside it.</summary>
    public bool Eligible { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>Voucher or invoice number.</summary>
    public string? Reference { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedBy { get; private set; }

    private Expenditure() { }

    public static Expenditure Record(ProgrammeId programme, BudgetLineId line, FundingSourceId funder, DateOnly spentOn, decimal amount, string currency,
        decimal rate, bool eligible, string description, string? reference, Guid? by, DateTime now) => new()
    {
        Id = ExpenditureId.New(),
        ProgrammeId = programme,
        BudgetLineId = line,
        FundingSourceId = funder,
        SpentOn = spentOn,
        Amount = decimal.Round(amount, 3),
        Currency = currency.Trim().ToUpperInvariant(),
        Rate = rate,
        AmountInBudgetCurrency = ExchangeRate.ToBase(amount, rate),
        Eligible = eligible,
        Description = description.Trim(),
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
        RecordedAt = now,
        RecordedBy = by,
    };
}
