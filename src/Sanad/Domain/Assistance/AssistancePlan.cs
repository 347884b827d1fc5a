using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Assistance;

public readonly record struct AssistancePlanId(Guid Value)
{
    public static AssistancePlanId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// One version of a case's assistance plan. The caseworker drafts it and submits it; a supervisor
/// of the owning agency approves it or returns it with a comment. An approved version is never
/// changed: editing it starts the next version as a draft, so what was agreed stays readable.
/// </summary>
public sealed class AssistancePlan : IAgencyOwned
{
    public AssistancePlanId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    /// <summary>The case's owning agency, so the agency wall applies to plans as to cases.</summary>
    public AgencyId AgencyId { get; private set; }
    /// <summary>1 for the first plan of a case; each edit of an approved plan starts the next number.</summary>
    public int Number { get; private set; }
    public PlanState State { get; private set; }
    public Guid? DraftedBy { get; private set; }
    public DateTime DraftedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    /// <summary>Why a supervisor returned the plan; sealed, it may speak of the person.</summary>
    public byte[]? SealedReturnComment { get; private set; }
    /// <summary>Counts up across the versions of a case's plan, so a caller who read an older one is refused.</summary>
    public int Version { get; private set; }

    public const string RecordType = "assistance-plan";

    private AssistancePlan() { }

    /// <summary>A new draft; <paramref name="previous"/> is the case's latest plan, if any.</summary>
    public static AssistancePlan Draft(CaseId caseId, AgencyId agency, AssistancePlan? previous, Guid? by, DateTime now) => new()
    {
        Id = AssistancePlanId.New(),
        CaseId = caseId,
        AgencyId = agency,
        Number = (previous?.Number ?? 0) + 1,
        State = PlanState.Draft,
        DraftedBy = by,
        DraftedAt = now,
        Version = (previous?.Version ?? 0) + 1,
    };

    /// <summary>A draft or a returned plan is edited in place; a submitted one waits for its decision; an approved one is kept.</summary>
    public bool EditableInPlace => State is PlanState.Draft or PlanState.Returned;

    public void Revise(Guid? by, DateTime now)
    {
        State = PlanState.Draft;
        DraftedBy = by;
        DraftedAt = now;
        SealedReturnComment = null;
        Version++;
    }

    public Error? Submit(Guid? by, DateTime now)
    {
        if (!EditableInPlace) return Error.Conflict("Only a draft or a returned plan can be submitted.");
        State = PlanState.Submitted;
        SubmittedBy = by;
        SubmittedAt = now;
        Version++;
        return null;
    }

    public Error? Approve(Guid? by, DateTime now) => Decide(PlanState.Approved, by, now, null);

    public Error? Return(Guid? by, DateTime now, byte[] sealedComment) => Decide(PlanState.Returned, by, now, sealedComment);

    public void ResealReturnComment(byte[] sealedComment) => SealedReturnComment = sealedComment;

    /// <summary>When a later version is approved, this one stays readable as the plan that was agreed before.</summary>
    public void Supersede() => State = PlanState.Superseded;

    private Error? Decide(PlanState outcome, Guid? by, DateTime now, byte[]? comment)
    {
        if (State != PlanState.Submitted) return Error.Conflict("This plan is not waiting for approval.");
        // Four eyes: the one who asked for approval does not give it.
        if (by is not null && by == SubmittedBy) return Error.Forbidden("You cannot decide on a plan you submitted yourself.");
        State = outcome;
        DecidedBy = by;
        DecidedAt = now;
        SealedReturnComment = comment;
        Version++;
        return null;
    }
}

public enum PlanState
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Superseded,
}

/// <summary>One goal of a plan version: what (sealed), in which area of help, by when, and how it stands.</summary>
public sealed class PlanGoal
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public AssistancePlanId PlanId { get; private set; }
    public int Position { get; private set; }
    public byte[] SealedText { get; private set; } = [];
    /// <summary>A service-type code (<see cref="Services.ServiceTypes"/>) or "other".</summary>
    public string Area { get; private set; } = "";
    public DateOnly? TargetDate { get; private set; }
    public GoalStatus Status { get; private set; }

    public const string RecordType = "plan-goal";
    public const string OtherArea = "other";

    private PlanGoal() { }

    public static PlanGoal Set(AssistancePlanId plan, int position, string area, DateOnly? targetDate, GoalStatus status) =>
        new() { PlanId = plan, Position = position, Area = area, TargetDate = targetDate, Status = status };

    public void Seal(byte[] sealedText) => SealedText = sealedText;
}

public enum GoalStatus
{
    Open,
    Achieved,
    Dropped,
}
