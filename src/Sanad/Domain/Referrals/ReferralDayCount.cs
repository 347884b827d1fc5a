using Sanad.Domain.Agencies;

namespace Sanad.Domain.Referrals;

/// <summary>
/// How many referrals sent on one day (UTC) from one agency to another are in one state now. Kept
/// in step with the referrals table in the same transaction as every change (<c>ReferralDayCounting</c>),
/// so the coordinator's overview adds up at most days × agency pairs × states small rows instead of
/// reading every referral of the period. Counts, never a case or a person.
/// </summary>
public sealed class ReferralDayCount
{
    public DateOnly Day { get; private set; }
    public AgencyId FromAgencyId { get; private set; }
    public AgencyId ToAgencyId { get; private set; }
    public ReferralState State { get; private set; }
    public int Count { get; private set; }

    private ReferralDayCount() { }
}
