using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Legal;

/// <summary>
/// A dated step of the criminal or civil proceedings of a case (complaint, investigation,
/// prosecution, verdict, compensation), with its outcome and the responsible authority: an agency
/// of the node (a police unit, a labour inspectorate) or a named authority outside it (a
/// prosecutor's office, a labour auditor). Its file reference is sealed: it leads to the person.
/// </summary>
public sealed class ProceedingStep : IAgencyOwned
{
    public const string RecordType = "proceeding-step";

    public long Id { get; private set; }
    public Guid SealingId { get; private set; }
    public CaseId CaseId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public ProceedingKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public ProceedingOutcome Outcome { get; private set; }
    public AgencyId? ResponsibleAgencyId { get; private set; }
    public string? AuthorityName { get; private set; }
    public byte[]? SealedReference { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private ProceedingStep() { }

    public static ProceedingStep Record(CaseId caseId, AgencyId agency, ProceedingKind kind, DateOnly on, ProceedingOutcome outcome,
        AgencyId? responsibleAgency, string? authorityName, Guid? by, DateTime now) => new()
    {
        SealingId = Guid.CreateVersion7(),
        CaseId = caseId,
        AgencyId = agency,
        Kind = kind,
        On = on,
        Outcome = outcome,
        ResponsibleAgencyId = responsibleAgency,
        AuthorityName = authorityName,
        RecordedBy = by,
        RecordedAt = now,
    };

    public void SealReference(byte[] sealedReference) => SealedReference = sealedReference;
}

public enum ProceedingKind
{
    Complaint,
    Investigation,
    Prosecution,
    Verdict,
    Compensation,
}

public enum ProceedingOutcome
{
    Pending,
    Ongoing,
    Dismissed,
    Charged,
    Convicted,
    Acquitted,
    Awarded,
    Refused,
}
