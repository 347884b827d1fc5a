namespace Sanad.Domain.Programmes;

public readonly record struct FundingSourceId(Guid Value)
{
    public static FundingSourceId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A funder of a programme (the EU, a co-funder) with the amount it committed and its share rule:
/// the part of the eligible costs it must carry (0.80 for the EU in the origin programme). The shares
/// of a programme's funders add up to 1; the co-financing check compares what each actually carried.
/// </summary>
public sealed class FundingSource
{
    public FundingSourceId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    /// <summary>Short code ("EU"), unique in the programme; imports and report requests name funders by it.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>Committed amount in the programme's budget currency.</summary>
    public decimal Committed { get; private set; }
    /// <summary>Share of eligible costs the funder must carry, between 0 and 1 (0.8 = 80 %).</summary>
    public decimal Share { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private FundingSource() { }

    public static FundingSource Commit(ProgrammeId programme, string code, string name, decimal committed, decimal share, DateTime now) => new()
    {
        Id = FundingSourceId.New(),
        ProgrammeId = programme,
        Code = code.Trim().ToUpperInvariant(),
        Name = name.Trim(),
        Committed = decimal.Round(committed, 2),
        Share = share,
        UpdatedAt = now,
    };

    /// <summary>Changes the funder's name, commitment or share rule (an amended contribution agreement); its code stays.</summary>
    public void Revise(string name, decimal committed, decimal share, DateTime now)
    {
        Name = name.Trim();
        Committed = decimal.Round(committed, 2);
        Share = share;
        UpdatedAt = now;
        Version++;
    }
}
