using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Assistance;

public readonly record struct FollowUpId(Guid Value)
{
    public static FollowUpId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Something to do for a case by a date, by one worker of the owning agency: a call, a visit, a
/// check that a service happened. What to do and the note on doing it are sealed.
/// </summary>
public sealed class FollowUp : IAgencyOwned
{
    public FollowUpId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    /// <summary>The case's owning agency: the work list is read per agency, and the agency wall applies.</summary>
    public AgencyId AgencyId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public byte[] SealedWhat { get; private set; } = [];
    public Guid AssignedTo { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public byte[]? SealedDoneNote { get; private set; }
    public Guid? DoneBy { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public const string RecordType = "follow-up";

    private FollowUp() { }

    public static FollowUp Plan(CaseId caseId, AgencyId agency, DateOnly dueOn, Guid assignedTo, Guid? by, DateTime now) => new()
    {
        Id = FollowUpId.New(),
        CaseId = caseId,
        AgencyId = agency,
        DueOn = dueOn,
        AssignedTo = assignedTo,
        CreatedBy = by,
        CreatedAt = now,
    };

    public void SealWhat(byte[] sealedWhat) => SealedWhat = sealedWhat;

    /// <summary>Key rotation: both texts under the fresh key.</summary>
    public void Reseal(byte[] sealedWhat, byte[]? sealedDoneNote)
    {
        SealedWhat = sealedWhat;
        SealedDoneNote = sealedDoneNote;
    }

    /// <summary>Past its due date and not done.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly? doneOn, DateOnly today) => doneOn is null && dueOn < today;

    public Error? Done(DateOnly on, byte[]? sealedNote, Guid? by)
    {
        if (DoneOn is not null) return Error.Conflict("This follow-up is already done.");
        DoneOn = on;
        SealedDoneNote = sealedNote;
        DoneBy = by;
        return null;
    }
}
