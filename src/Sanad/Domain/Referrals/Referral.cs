using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Services;

namespace Sanad.Domain.Referrals;

public readonly record struct ReferralId(Guid Value)
{
    public static ReferralId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public enum ReferralState
{
    Sent,
    Accepted,
    Declined,
    InProgress,
    Completed,
    Cancelled,
    Expired,
}

public enum ReferralUrgency
{
    Normal,
    Urgent,
}

/// <summary>What someone asks a referral to do.</summary>
public enum ReferralAction
{
    Accept,
    Decline,
    Start,
    Complete,
    Cancel,
    Expire,
}

/// <summary>
/// A hand-over of a case from its agency to another agency or one of its services, carrying only
/// the data scope the person consented to. Every change of state goes through <see cref="Move"/>,
/// which checks the state machine and bumps the version: the version is a concurrency token, so of
/// two people answering at once only the first wins and the second gets a clear refusal.
/// Not <see cref="IAgencyOwned"/>: both the sending and the receiving agency see it.
/// </summary>
public sealed class Referral
{
    public const string RecordType = "referral";

    public ReferralId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public AgencyId FromAgencyId { get; private set; }
    public AgencyId ToAgencyId { get; private set; }
    public ServiceId? ServiceId { get; private set; }
    public byte[] SealedReason { get; private set; } = [];
    public ReferralUrgency Urgency { get; private set; }
    /// <summary>Codes of <see cref="DataScopes"/>, comma-separated: what was sent, never more than consented.</summary>
    public string Scope { get; private set; } = "";
    public ReferralState State { get; private set; }
    public DateTime SentAt { get; private set; }
    public Guid? SentBy { get; private set; }
    public DateTime AnswerDueAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Set when a consent it relied on was withdrawn while it was open: the receiver sees a notice and no more case data than consent still allows.</summary>
    public DateTime? ConsentWithdrawnAt { get; private set; }
    /// <summary>The receiving agency's own case for her, once it took the referral on (<c>TakeOnReferral</c>).</summary>
    public Guid? ReceiverCaseId { get; private set; }
    public int Version { get; private set; }

    private Referral() { }

    public static Referral Send(CaseId caseId, AgencyId from, AgencyId to, ServiceId? service, ReferralUrgency urgency,
        IEnumerable<string> scope, Guid? by, DateTime now, DateTime answerDueAt) => new()
    {
        Id = ReferralId.New(),
        CaseId = caseId,
        FromAgencyId = from,
        ToAgencyId = to,
        ServiceId = service,
        Urgency = urgency,
        Scope = DataScopes.Join(scope),
        State = ReferralState.Sent,
        SentAt = now,
        SentBy = by,
        AnswerDueAt = answerDueAt,
        UpdatedAt = now,
    };

    public void SealReason(byte[] sealedReason) => SealedReason = sealedReason;

    public IReadOnlyList<string> ScopeList => DataScopes.Split(Scope);

    public bool IsOpen => State is ReferralState.Sent or ReferralState.Accepted or ReferralState.InProgress;

    /// <summary>The state an action leads to from the current one, or null when the action is not possible now.</summary>
    public static ReferralState? Next(ReferralState from, ReferralAction action) => (from, action) switch
    {
        (ReferralState.Sent, ReferralAction.Accept) => ReferralState.Accepted,
        (ReferralState.Sent, ReferralAction.Decline) => ReferralState.Declined,
        (ReferralState.Sent, ReferralAction.Expire) => ReferralState.Expired,
        (ReferralState.Accepted, ReferralAction.Start) => ReferralState.InProgress,
        (ReferralState.InProgress, ReferralAction.Complete) => ReferralState.Completed,
        (ReferralState.Sent or ReferralState.Accepted or ReferralState.InProgress, ReferralAction.Cancel) => ReferralState.Cancelled,
        _ => null,
    };

    /// <summary>Moves to the action's state; returns the previous state, or null (nothing changed) when the state machine forbids it.</summary>
    public ReferralState? Move(ReferralAction action, DateTime now)
    {
        if (Next(State, action) is not { } next) return null;
        var previous = State;
        State = next;
        UpdatedAt = now;
        Version++;
        return previous;
    }

    public void MarkConsentWithdrawn(DateTime now)
    {
        ConsentWithdrawnAt ??= now;
        Version++;
    }
}

/// <summary>One step of a referral's history: who moved it, when, from what to what, and why (sealed: a reason may describe the person).</summary>
public sealed class ReferralTransition
{
    public long Id { get; private set; }
    public ReferralId ReferralId { get; private set; }
    public ReferralState? From { get; private set; }
    public ReferralState To { get; private set; }
    /// <summary>Null for the system (the deadline watch).</summary>
    public Guid? By { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Seals the reason on its own row.</summary>
    public Guid SealingId { get; private set; }
    public byte[]? SealedReason { get; private set; }

    public const string RecordType = "referral-transition";

    private ReferralTransition() { }

    public static ReferralTransition Record(ReferralId referral, ReferralState? from, ReferralState to, Guid? by, DateTime at) => new()
    {
        ReferralId = referral,
        From = from,
        To = to,
        By = by,
        At = at,
        SealingId = Guid.CreateVersion7(),
    };

    public void SealReason(byte[] sealedReason) => SealedReason = sealedReason;
}
