namespace Sanad.Domain.Cases;

/// <summary>Who changed which field of a case, when, from what to what.</summary>
public sealed class CaseHistoryEntry
{
    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }
    public string Field { get; private set; } = "";
    public string? From { get; private set; }
    public string? To { get; private set; }

    private CaseHistoryEntry() { }

    public static CaseHistoryEntry Record(CaseId caseId, CaseFieldChange change, Guid? userId, DateTime now) => new()
    {
        CaseId = caseId,
        At = now,
        UserId = userId,
        Field = change.Field,
        From = change.From,
        To = change.To,
    };
}

/// <summary>The last reference number given in a year, so references count up without gaps or twins.</summary>
public sealed class CaseCounter
{
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    private CaseCounter() { }

    public static CaseCounter Start(int year) => new() { Year = year };

    public int Next() => ++LastNumber;
}
