namespace Sanad.Domain.Cases;

/// <summary>
/// An identification decision about the person of a case, recorded apart from screening (which
/// only indicates): possible, presumed, formally identified, or not a victim, by which kind of
/// authority, on which date, on what basis. Decisions are appended, never edited: the latest is
/// in force, the earlier ones are the history. The basis is free text and is kept sealed.
/// </summary>
public sealed class IdentificationDecision
{
    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public IdentificationOutcome Outcome { get; private set; }
    /// <summary>The kind of authority (police, prosecution, court, committee, ngo, ...).</summary>
    public string Authority { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    /// <summary>The basis in the decider's words, sealed with the field key (it may hold a testimony).</summary>
    public byte[]? SealedBasis { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public Guid? RecordedBy { get; private set; }

    private IdentificationDecision() { }

    public const string RecordType = "identification-decision";

    public static IdentificationDecision Record(CaseId caseId, IdentificationOutcome outcome, string authority, DateOnly decidedOn, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        Outcome = outcome,
        Authority = authority,
        DecidedOn = decidedOn,
        RecordedAt = now,
        RecordedBy = by,
    };

    /// <summary>The basis is sealed with the decision's own identity, known once it is saved.</summary>
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();

    public void SealBasis(byte[] sealedBasis) => SealedBasis = sealedBasis;

    /// <summary>The trafficking status the case takes from this decision (HTCDS 2.0).</summary>
    public TraffickingStatus ImpliedTraffickingStatus => Outcome switch
    {
        IdentificationOutcome.FormallyIdentified => TraffickingStatus.Actual,
        IdentificationOutcome.NotAVictim => TraffickingStatus.NotAVictim,
        _ => TraffickingStatus.Possible,
    };
}

public enum IdentificationOutcome
{
    Possible,
    Presumed,
    FormallyIdentified,
    NotAVictim,
}
