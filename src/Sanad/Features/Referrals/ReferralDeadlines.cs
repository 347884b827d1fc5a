using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sanad.Domain.Referrals;

namespace Sanad.Features.Referrals;

/// <summary>
/// When a referral must be answered by: the jurisdiction in force for the country
/// (<see cref="Jurisdictions.ReferralAnswerDeadline"/>), else <see cref="ConfiguredReferralDeadlines"/>.
/// </summary>
public interface IReferralDeadlines
{
    DateTime AnswerDueBy(DateTime sentAtUtc, ReferralUrgency urgency, string country);
}

public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    public AnswerWithinOptions AnswerWithin { get; set; } = new();

    /// <summary>How often the deadline watch looks for unanswered referrals past their deadline.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScanEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many referrals are expired per scan; a full batch is followed at once by another.</summary>
    [Range(1, 10000)]
    public int ScanBatch { get; set; } = 200;
}

public sealed class AnswerWithinOptions
{
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan Normal { get; set; } = TimeSpan.FromDays(5);

    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>The same answer time in every country: <c>Referrals:AnswerWithin:Normal</c> (5 days) and <c>:Urgent</c> (24 hours).</summary>
public sealed class ConfiguredReferralDeadlines(IOptions<ReferralOptions> options) : IReferralDeadlines
{
    public DateTime AnswerDueBy(DateTime sentAtUtc, ReferralUrgency urgency, string country) =>
        sentAtUtc + (urgency == ReferralUrgency.Urgent ? options.Value.AnswerWithin.Urgent : options.Value.AnswerWithin.Normal);
}
