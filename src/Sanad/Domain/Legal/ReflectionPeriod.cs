using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Legal;

/// <summary>
/// A case's reflection and recovery period: time to recover and decide, with support that does not
/// depend on cooperating with the authorities. Both dates are stored: the end is computed from the
/// jurisdiction in force when it was recorded (or given, where the law sets no length), and kept
/// even if the rules change later. One per case.
/// </summary>
public sealed class ReflectionPeriod : IAgencyOwned
{
    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    /// <summary>The case's agency, copied so the agency wall and the deadline index need no join.</summary>
    public AgencyId AgencyId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    /// <summary>The last day of the period; a deadline of the work list until a residence document follows it.</summary>
    public DateOnly EndsOn { get; private set; }
    /// <summary>The jurisdiction version whose length gave <see cref="EndsOn"/>; null when the end was given.</summary>
    public int? JurisdictionVersion { get; private set; }
    /// <summary>Set when a residence document is recorded: the period has led somewhere and is no longer a deadline.</summary>
    public DateTime? FollowedUpAt { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public int Version { get; private set; }

    private ReflectionPeriod() { }

    public static ReflectionPeriod Start(CaseId caseId, AgencyId agency, DateOnly startsOn, DateOnly endsOn, int? jurisdictionVersion, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        AgencyId = agency,
        StartsOn = startsOn,
        EndsOn = endsOn,
        JurisdictionVersion = jurisdictionVersion,
        RecordedBy = by,
        RecordedAt = now,
    };

    public void Correct(DateOnly startsOn, DateOnly endsOn, int? jurisdictionVersion, Guid? by, DateTime now)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
        JurisdictionVersion = jurisdictionVersion;
        RecordedBy = by;
        RecordedAt = now;
        Version++;
    }

    public void FollowedUp(DateTime now) => FollowedUpAt ??= now;
}
