namespace Sanad.Domain.Cases;

/// <summary>A note on a case: sensitive tier (it may hold testimony), so its text exists only sealed.</summary>
public sealed class CaseNote
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public byte[] SealedText { get; private set; } = [];
    public Guid? WrittenBy { get; private set; }
    public DateTime WrittenAt { get; private set; }

    private CaseNote() { }

    public const string RecordType = "case-note";

    public static CaseNote Write(CaseId caseId, Guid? by, DateTime now) => new() { CaseId = caseId, WrittenBy = by, WrittenAt = now };

    public void Seal(byte[] sealedText) => SealedText = sealedText;
}

/// <summary>
/// A step of the trafficking journey (HTCDS hte_: recruitment, transit, exploitation) with the
/// Palermo elements seen in it: acts, means, purposes. Place and date stay in clear for statistics;
/// the free-text description is sealed.
/// </summary>
public sealed class TraffickingEvent
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public TraffickingEventType Type { get; private set; }
    public string? Country { get; private set; }
    public string? City { get; private set; }
    public DateOnly? Date { get; private set; }
    public string Acts { get; private set; } = "";
    public string Means { get; private set; } = "";
    public string Purposes { get; private set; } = "";
    public byte[]? SealedDescription { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private TraffickingEvent() { }

    public const string RecordType = "trafficking-event";

    public static TraffickingEvent Record(CaseId caseId, TraffickingEventType type, string? country, string? city, DateOnly? date,
        IEnumerable<string> acts, IEnumerable<string> means, IEnumerable<string> purposes, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        Type = type,
        Country = country,
        City = city,
        Date = date,
        Acts = string.Join(',', acts.Distinct().Order()),
        Means = string.Join(',', means.Distinct().Order()),
        Purposes = string.Join(',', purposes.Distinct().Order()),
        RecordedBy = by,
        RecordedAt = now,
    };

    public void SealDescription(byte[] sealedDescription) => SealedDescription = sealedDescription;
}

/// <summary>HTCDS hte_Type.</summary>
public enum TraffickingEventType
{
    Recruitment,
    Transit,
    Exploitation,
}

/// <summary>The Palermo Protocol's elements (Article 3), as codes; national additions among the purposes.</summary>
public static class Palermo
{
    public static readonly IReadOnlySet<string> Acts = new HashSet<string> { "recruitment", "transportation", "transfer", "harbouring", "receipt" };

    public static readonly IReadOnlySet<string> Means = new HashSet<string>
    {
        "threat-or-force", "coercion", "abduction", "fraud", "deception", "abuse-of-power", "abuse-of-vulnerability", "payments",
    };

    public static readonly IReadOnlySet<string> Purposes = new HashSet<string>
    {
        "sexual-exploitation", "forced-labour", "slavery", "servitude", "organ-removal", "begging", "forced-criminality",
        "forced-marriage", "illegal-adoption", "surrogacy", "armed-conflict", "other",
    };
}
