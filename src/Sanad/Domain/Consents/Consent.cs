using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Consents;

public readonly record struct ConsentId(Guid Value)
{
    public static ConsentId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public enum ConsentPurpose
{
    Assistance,
    Referral,
    DataSharing,
    TransferAbroad,
    Research,
}

public enum ConsentMethod
{
    Written,
    OralWitnessed,
    Guardian,
}

/// <summary>
/// What a person agreed to, for one purpose: with which agency (when the purpose names one), which
/// tiers of her data, how she said it and when. Owned by the case's agency (agency wall). A
/// withdrawal is kept, never deleted: it stops future sharing and shows on open referrals.
/// </summary>
public sealed class Consent : IAgencyOwned
{
    public const string RecordType = "consent";

    public ConsentId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public ConsentPurpose Purpose { get; private set; }
    public AgencyId? RecipientAgencyId { get; private set; }
    /// <summary>Codes of <see cref="DataScopes"/>, comma-separated.</summary>
    public string Scope { get; private set; } = "";
    public ConsentMethod Method { get; private set; }
    public DateOnly GivenOn { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }
    /// <summary>Who witnessed oral consent or which guardian gave it: may name people, so sealed.</summary>
    public byte[]? SealedNote { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public Guid? WithdrawnBy { get; private set; }
    public byte[]? SealedWithdrawalReason { get; private set; }
    public int Version { get; private set; }

    private Consent() { }

    public static Consent Record(CaseId caseId, AgencyId owner, ConsentPurpose purpose, AgencyId? recipient, IEnumerable<string> scope,
        ConsentMethod method, DateOnly givenOn, Guid? by, DateTime now) => new()
    {
        Id = ConsentId.New(),
        CaseId = caseId,
        AgencyId = owner,
        Purpose = purpose,
        RecipientAgencyId = recipient,
        Scope = DataScopes.Join(scope),
        Method = method,
        GivenOn = givenOn,
        RecordedBy = by,
        RecordedAt = now,
    };

    public bool IsActive => WithdrawnAt is null;

    /// <summary>Whether this consent lets the case's data go to <paramref name="agency"/> in a referral.</summary>
    public bool AllowsSharingWith(AgencyId agency) =>
        IsActive && Purpose is ConsentPurpose.Referral or ConsentPurpose.DataSharing && RecipientAgencyId == agency;

    public IReadOnlyList<string> ScopeList => DataScopes.Split(Scope);

    public void SealNote(byte[] sealedNote) => SealedNote = sealedNote;

    public void SealWithdrawalReason(byte[] sealedReason) => SealedWithdrawalReason = sealedReason;

    public void Withdraw(Guid? by, DateTime now)
    {
        WithdrawnAt = now;
        WithdrawnBy = by;
        Version++;
    }
}
