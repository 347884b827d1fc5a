using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Legal;

/// <summary>
/// A step of the person's cooperation with the authorities, recorded apart from assistance: what
/// a person receives must never depend on it during the reflection period (Directive 2011/36/EU art. 11).
/// </summary>
public sealed class Cooperation : IAgencyOwned
{
    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public CooperationKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>The authority cooperated with: an agency of the node, or the name of one outside it.</summary>
    public AgencyId? AuthorityAgencyId { get; private set; }
    public string? AuthorityName { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private Cooperation() { }

    public static Cooperation Record(CaseId caseId, AgencyId agency, CooperationKind kind, DateOnly on, AgencyId? authorityAgency, string? authorityName, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        AgencyId = agency,
        Kind = kind,
        On = on,
        AuthorityAgencyId = authorityAgency,
        AuthorityName = authorityName,
        RecordedBy = by,
        RecordedAt = now,
    };
}

public enum CooperationKind
{
    Complaint,
    Statement,
    Testimony,
    Refusal,
}
