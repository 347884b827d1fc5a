using Sanad.Domain.Cases;
using Sanad.Domain.Referrals;
using Sanad.Features.Referrals;

namespace Sanad.Features.Jurisdictions;

/// <summary>
/// When an agency must answer a referral, from the jurisdiction in force for the country: its
/// <c>referralAnswerDeadlines</c> (ISO 8601 durations) for normal and urgent referrals. A country
/// with no jurisdiction stored falls back to the node's configured answer times, so a referral is
/// never sent without a deadline.
/// </summary>
public sealed class ReferralAnswerDeadline(JurisdictionRules jurisdictions, ConfiguredReferralDeadlines fallback) : IReferralDeadlines
{
    public DateTime AnswerDueBy(DateTime sentAtUtc, ReferralUrgency urgency, string country) =>
        jurisdictions.ForNow(country) is { } rules
            ? rules.Rules.ReferralAnswerDeadlines.For(Codes.Of(urgency)).After(DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc))
            : fallback.AnswerDueBy(sentAtUtc, urgency, country);
}
