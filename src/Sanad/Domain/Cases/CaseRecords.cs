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

/// <summary>
/// Someone who took part in the trafficking (HTCDS per_): the roles in clear, for statistics and
/// for the legal track; what the person said about them (names, places, details) sealed.
/// </summary>
public sealed class Perpetrator
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    /// <summary>Codes of <see cref="Htcds.PerpetratorRoles"/>.</summary>
    public string Roles { get; private set; } = "";
    public string? Sex { get; private set; }
    public string? Nationality { get; private set; }
    public byte[]? SealedDetails { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private Perpetrator() { }

    public const string RecordType = "perpetrator";

    public static Perpetrator Record(CaseId caseId, IEnumerable<string> roles, string? sex, string? nationality, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        Roles = string.Join(',', roles.Distinct().Order()),
        Sex = sex,
        Nationality = nationality,
        RecordedBy = by,
        RecordedAt = now,
    };

    public void SealDetails(byte[] sealedDetails) => SealedDetails = sealedDetails;
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

/// <summary>
/// A file attached to a case (a scanned passport, a medical note, a photo). The content and the
/// file name are sealed; only the checked type and the size stay in clear.
/// </summary>
public sealed class CaseAttachment
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] SealedName { get; private set; } = [];
    public byte[] SealedContent { get; private set; } = [];
    public Guid? AddedBy { get; private set; }
    public DateTime AddedAt { get; private set; }

    private CaseAttachment() { }

    public const string RecordType = "case-attachment";

    public static CaseAttachment Add(CaseId caseId, string contentType, long size, Guid? by, DateTime now) =>
        new() { CaseId = caseId, ContentType = contentType, Size = size, AddedBy = by, AddedAt = now };

    public void Seal(byte[] sealedName, byte[] sealedContent)
    {
        SealedName = sealedName;
        SealedContent = sealedContent;
    }
}

/// <summary>The file types a case may hold, recognised by their first bytes, not by the name or the browser's word.</summary>
public static class AttachmentTypes
{
    public static string? Recognise(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;
}
