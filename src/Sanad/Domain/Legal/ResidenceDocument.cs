using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Legal;

/// <summary>
/// A residence or protection document of the person of a case (type from the jurisdiction file).
/// Its number is identifying: sealed. A person holds one at a time: recording a new one ends the
/// current one (<see cref="ReplacedAt"/>), which then leaves the deadline list.
/// </summary>
public sealed class ResidenceDocument : IAgencyOwned
{
    public const string RecordType = "residence-document";

    public long Id { get; private set; }
    /// <summary>Associated data of the sealed number: it opens only on this row.</summary>
    public Guid SealingId { get; private set; }
    public CaseId CaseId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    /// <summary>The document's code in the jurisdiction file (e.g. a-card).</summary>
    public string Type { get; private set; } = "";
    public byte[]? SealedNumber { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    /// <summary>The last day of validity; null for a document without end (indefinite residence).</summary>
    public DateOnly? ValidUntil { get; private set; }
    /// <summary>Renewals (or extensions) granted so far; the jurisdiction caps them.</summary>
    public int Renewals { get; private set; }
    public int JurisdictionVersion { get; private set; }
    public DateTime? ReplacedAt { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }
    /// <summary>Optimistic concurrency: two renewals from the same screen must not both count.</summary>
    public int Version { get; private set; }

    private ResidenceDocument() { }

    public static ResidenceDocument Issue(CaseId caseId, AgencyId agency, string type, DateOnly issuedOn, DateOnly? validUntil, int jurisdictionVersion, Guid? by, DateTime now) => new()
    {
        SealingId = Guid.CreateVersion7(),
        CaseId = caseId,
        AgencyId = agency,
        Type = type,
        IssuedOn = issuedOn,
        ValidUntil = validUntil,
        JurisdictionVersion = jurisdictionVersion,
        RecordedBy = by,
        RecordedAt = now,
    };

    public void SealNumber(byte[] sealedNumber) => SealedNumber = sealedNumber;

    public void Renew(DateOnly validUntil, DateTime now)
    {
        ValidUntil = validUntil;
        Renewals++;
        RecordedAt = now;
        Version++;
    }

    public void Replace(DateTime now)
    {
        ReplacedAt ??= now;
        Version++;
    }
}
