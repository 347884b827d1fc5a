using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;
using Sanad.Domain.Referrals;

namespace Sanad.Features.Programme;

/// <summary>
/// A count from the case module; null when it is below the threshold, so that a figure about one or
/// two people cannot point at them. <see cref="Suppressed"/> says which.
/// </summary>
public sealed record SuppressedCount(int? Value)
{
    public bool Suppressed => Value is null;
}

/// <summary>What a victim-assistance activity can show of the case module: three counts, never a name or a reference.</summary>
public sealed record AssistanceFiguresView(bool Available, string NodeCountry, SuppressedCount PeopleAssisted, SuppressedCount ServicesDelivered, SuppressedCount ReferralsCompleted);

/// <summary>
/// Figures of a victim-assistance activity, pulled from the case module of this node for the
/// activity's dates, when the activity takes place in the node's country (a node only holds its own
/// country's cases). Counts are taken across every agency (the agency wall does not apply to an
/// aggregate) and those below <see cref="Threshold"/> are suppressed.
/// </summary>
public sealed class AssistanceFigures(SanadDb db)
{
    public const int Threshold = 5;

    public async Task<AssistanceFiguresView?> ForAsync(ActivityId id, CancellationToken ct = default)
    {
        var activity = await db.ProgrammeActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return null;
        var country = await db.NodeSettings.AsNoTracking().Select(s => s.Country).FirstOrDefaultAsync(ct) ?? "";
        if (activity.Kind != ActivityKind.VictimAssistance || activity.Country != country)
            return new AssistanceFiguresView(false, country, new(null), new(null), new(null));
        var (from, to) = (activity.StartsOn, activity.EndsOn);
        var delivered = db.ServicesDelivered.IgnoreQueryFilters().Where(s => s.StartedOn >= from && s.StartedOn <= to);
        var services = await delivered.CountAsync(ct);
        var people = await db.Cases.IgnoreQueryFilters().Where(c => delivered.Any(s => s.CaseId == c.Id)).Select(c => c.PersonId).Distinct().CountAsync(ct);
        // Referral times are UTC instants: PostgreSQL compares them only with UTC values.
        var (start, end) = (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var referrals = await db.Referrals.IgnoreQueryFilters().CountAsync(r => r.State == ReferralState.Completed && r.UpdatedAt >= start && r.UpdatedAt < end, ct);
        return new AssistanceFiguresView(true, country, Suppress(people), Suppress(services), Suppress(referrals));
    }

    private static SuppressedCount Suppress(int count) => new(count < Threshold ? null : count);
}
