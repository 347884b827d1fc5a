using Sanad.Domain.Cases;

namespace Sanad.Domain.Assistance;

/// <summary>
/// A caseworker's request to close a case, with an HTCDS closure reason, and a supervisor's
/// decision on it. Only an approved request closes the case.
/// </summary>
public sealed class CaseClosure
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    /// <summary>A <see cref="ClosureReasons"/> code (HTCDS cas_ReasonForCaseClosure).</summary>
    public string Reason { get; private set; } = "";
    public byte[]? SealedNote { get; private set; }
    public Guid? RequestedBy { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public ClosureState State { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    /// <summary>Why a supervisor refused; sealed.</summary>
    public byte[]? SealedComment { get; private set; }

    public const string RecordType = "case-closure";

    private CaseClosure() { }

    public static CaseClosure Request(CaseId caseId, string reason, Guid? by, DateTime now) =>
        new() { CaseId = caseId, Reason = reason, RequestedBy = by, RequestedAt = now, State = ClosureState.Requested };

    public void SealNote(byte[] sealedNote) => SealedNote = sealedNote;

    /// <summary>Key rotation: both texts under the fresh key.</summary>
    public void Reseal(byte[]? sealedNote, byte[]? sealedComment)
    {
        SealedNote = sealedNote;
        SealedComment = sealedComment;
    }

    public Error? Approve(Guid? by, DateTime now) => Decide(ClosureState.Approved, by, now, null);

    public Error? Refuse(Guid? by, DateTime now, byte[] sealedComment) => Decide(ClosureState.Refused, by, now, sealedComment);

    private Error? Decide(ClosureState outcome, Guid? by, DateTime now, byte[]? comment)
    {
        if (State != ClosureState.Requested) return Error.Conflict("No closure request is waiting for a decision on this case.");
        // Four eyes: whoever asked to close the case does not approve it.
        if (by is not null && by == RequestedBy) return Error.Forbidden("You cannot decide on a closure you requested yourself.");
        State = outcome;
        DecidedBy = by;
        DecidedAt = now;
        SealedComment = comment;
        return null;
    }
}

public enum ClosureState
{
    Requested,
    Approved,
    Refused,
}

/// <summary>A supervisor reopened a closed case; the reason is sealed.</summary>
public sealed class CaseReopening
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public byte[] SealedReason { get; private set; } = [];
    public Guid? ReopenedBy { get; private set; }
    public DateTime ReopenedAt { get; private set; }

    public const string RecordType = "case-reopening";

    private CaseReopening() { }

    public static CaseReopening Record(CaseId caseId, Guid? by, DateTime now) => new() { CaseId = caseId, ReopenedBy = by, ReopenedAt = now };

    public void SealReason(byte[] sealedReason) => SealedReason = sealedReason;
}

/// <summary>
/// Why a case was closed, as codes for HTCDS cas_ReasonForCaseClosure (a long-text field there;
/// codes here so statistics can count them). Shown through "closure:" + code.
/// </summary>
public static class ClosureReasons
{
    public const string AssistanceCompleted = "assistance-completed";
    public const string ReturnedHome = "returned-home";
    public const string Transferred = "transferred";
    public const string LostContact = "lost-contact";
    public const string DeclinedAssistance = "declined-assistance";
    public const string NotAVictim = "not-a-victim";
    public const string Deceased = "deceased";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [AssistanceCompleted, ReturnedHome, Transferred, LostContact, DeclinedAssistance, NotAVictim, Deceased, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>A case handed over to another organisation is HTCDS "ClosedReferred"; every other closure is "Closed".</summary>
    public static CaseStatus StatusFor(string reason) => reason == Transferred ? CaseStatus.ClosedReferred : CaseStatus.Closed;

    public static bool IsClosed(CaseStatus status) => status is CaseStatus.Closed or CaseStatus.ClosedReferred;
}
