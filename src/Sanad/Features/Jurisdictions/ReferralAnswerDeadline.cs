namespace Sanad.Features.Jurisdictions;

/// <summary>
/// When an agency must answer a referral, from the jurisdiction in force for the country: its
/// <c>referralAnswerDeadlines</c> (ISO 8601 durations) for normal and urgent referrals. The
/// referral engine calls it through its <c>IReferralDeadlines</c>.
/// </summary>
public sealed class ReferralAnswerDeadline(JurisdictionRules jurisdictions)
{
    public DateTime AnswerDueBy(DateTime sentAtUtc, string urgency, string country)
    {
        var rules = jurisdictions.ForNow(country)
            ?? throw new InvalidOperationException($"No jurisdiction file is stored for the country {country}: an admin adds one under Jurisdictions.");
        return rules.Rules.ReferralAnswerDeadlines.For(urgency).After(DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc));
    }
}
