using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Referrals;
using Sanad.Features.Services;
using Sanad.Security;

namespace Sanad.Features.WorkLists;

/// <summary>
/// One agency's referrals of the period. Waiting: sent, answer not yet due. Overdue: sent and past
/// its answer deadline, or expired. Answered: accepted, declined, in progress or completed.
/// Cancelled referrals are in none of the three.
/// </summary>
public sealed record AgencyReferralCounts(Guid AgencyId, string Agency, int Waiting, int Overdue, int Answered);

public sealed record OverdueReferralLine(Guid Id, string CaseReference, Guid FromAgencyId, string FromAgency, Guid ToAgencyId, string ToAgency,
    string State, DateTime SentAt, DateTime AnswerDueAt);

public sealed record ReferralOverview(int Days, DateTime Since, AgencyReferralCounts Total,
    IReadOnlyList<AgencyReferralCounts> ByReceivingAgency, IReadOnlyList<AgencyReferralCounts> BySendingAgency, IReadOnlyList<OverdueReferralLine> Overdue);

/// <summary>
/// The coordinator's view of the country's referrals sent in the last 30, 90 or 365 days (whole
/// UTC days, today included): counted by receiving and by sending agency from the referrals' day
/// counts (decision 0044), so the cost follows days and agencies, not referrals; and the overdue
/// ones, most recently due first. References and agencies only, never a name.
/// </summary>
public sealed class ReadOverview(SanadDb db, AgencyNameBook agencies, AuditTrail audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<int> Periods = [30, 90, 365];
    public const int DefaultDays = 30;
    /// <summary>The overdue list shows at most this many, the most recently due first.</summary>
    public const int OverdueLimit = 100;

    public async Task<ReferralOverview> ForAsync(int days, CancellationToken ct = default)
    {
        if (!Periods.Contains(days)) throw new ArgumentOutOfRangeException(nameof(days), days, "Not one of the periods offered.");
        var now = clock.GetUtcNow().UtcDateTime;
        // Whole days (UTC), today included: the counts are kept per day.
        var firstDay = DateOnly.FromDateTime(now).AddDays(1 - days);
        var since = firstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var groups = await CountsAsync(firstDay, since, now, ct);

        var names = await agencies.AllAsync(ct);
        string Name(AgencyId id) => names.TryGetValue(id, out var found) ? found.Name : id.ToString();
        IReadOnlyList<AgencyReferralCounts> By(Func<CountRow, AgencyId> side) => groups.GroupBy(side)
            .Select(g => Counts(g.Key.Value, Name(g.Key), g)).OrderBy(c => c.Agency, StringComparer.CurrentCulture).ToList();

        var overdue = await OverdueAsync(since, now, ct);
        await audit.RecordAsync("referrals.overview-read", AuditOutcome.Success, Referral.RecordType, null, $"days:{days};overdue-listed:{overdue.Count}");
        return new ReferralOverview(days, since, Counts(Guid.Empty, "", groups), By(g => g.To), By(g => g.From),
            overdue.Select(r => new OverdueReferralLine(r.Id.Value, r.Reference, r.From.Value, Name(r.From), r.To.Value, Name(r.To),
                Codes.Of(r.State), r.SentAt, r.AnswerDueAt)).ToList());
    }

    private sealed record CountRow(AgencyId From, AgencyId To, ReferralState State, bool Late, int Count);

    /// <summary>
    /// One row per (sender, receiver, state, past due): the period's day counts added up (at most
    /// days × agency pairs × states rows, decision 0044), and the sent ones split by whether their
    /// answer is past due, counted from the referrals themselves along the index on state and
    /// deadline: few, since the deadline watch expires them within the hour.
    /// </summary>
    private async Task<List<CountRow>> CountsAsync(DateOnly firstDay, DateTime since, DateTime now, CancellationToken ct)
    {
        var counts = await db.ReferralDayCounts.AsNoTracking().Where(c => c.Day >= firstDay)
            .GroupBy(c => new { c.FromAgencyId, c.ToAgencyId, c.State })
            .Select(g => new { g.Key.FromAgencyId, g.Key.ToAgencyId, g.Key.State, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);
        var late = await SentPastDueAsync(since, now, ct);
        var rows = new List<CountRow>(counts.Count + late.Count);
        foreach (var c in counts.Where(c => c.Count > 0))
        {
            var pastDue = c.State == ReferralState.Sent ? late.GetValueOrDefault((c.FromAgencyId, c.ToAgencyId)) : 0;
            if (pastDue > 0) rows.Add(new CountRow(c.FromAgencyId, c.ToAgencyId, c.State, true, pastDue));
            rows.Add(new CountRow(c.FromAgencyId, c.ToAgencyId, c.State, false, c.Count - pastDue));
        }
        return rows;
    }

    private static AgencyReferralCounts Counts(Guid id, string name, IEnumerable<CountRow> rows)
    {
        int waiting = 0, overdue = 0, answered = 0;
        foreach (var row in rows)
        {
            switch (row.State)
            {
                case ReferralState.Sent when row.Late:
                case ReferralState.Expired:
                    overdue += row.Count;
                    break;
                case ReferralState.Sent:
                    waiting += row.Count;
                    break;
                case ReferralState.Accepted or ReferralState.Declined or ReferralState.InProgress or ReferralState.Completed:
                    answered += row.Count;
                    break;
            }
        }
        return new AgencyReferralCounts(id, name, waiting, overdue, answered);
    }

    /// <summary>
    /// The sent referrals of the period past their answer deadline, by sender and receiver: those the
    /// deadline watch has not expired yet, normally none or a few. The deadline is bounded on both
    /// sides (it falls after the sending, so after the period's start): "sent and past due" alone is
    /// judged common by planners (most referrals are past due, few are still sent), and PostgreSQL
    /// then scanned the whole table; a bounded range keeps both databases on the (state, deadline) index.
    /// </summary>
    private async Task<Dictionary<(AgencyId, AgencyId), int>> SentPastDueAsync(DateTime since, DateTime now, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking()
            .Where(r => r.State == ReferralState.Sent && r.AnswerDueAt >= since && r.AnswerDueAt < now && r.SentAt >= since)
            .GroupBy(r => new { r.FromAgencyId, r.ToAgencyId })
            .Select(g => new { g.Key.FromAgencyId, g.Key.ToAgencyId, Count = g.Count() })
            .ToListAsync(ct))
        .ToDictionary(g => (g.FromAgencyId, g.ToAgencyId), g => g.Count);

    private sealed record OverdueRow(ReferralId Id, string Reference, AgencyId From, AgencyId To, ReferralState State, DateTime SentAt, DateTime AnswerDueAt);

    /// <summary>
    /// Past due and still unanswered (the deadline watch has not passed yet), and expired: each read
    /// backwards along the index on state and answer deadline, so each stops after its first lines.
    /// </summary>
    private async Task<List<OverdueRow>> OverdueAsync(DateTime since, DateTime now, CancellationToken ct)
    {
        var pastDue = await OverdueQuery(db.Referrals.Where(r => r.State == ReferralState.Sent && r.AnswerDueAt >= since && r.AnswerDueAt < now && r.SentAt >= since)).ToListAsync(ct);
        var expired = await OverdueQuery(db.Referrals.Where(r => r.State == ReferralState.Expired && r.AnswerDueAt >= since && r.SentAt >= since)).ToListAsync(ct);
        return pastDue.Concat(expired).OrderByDescending(r => r.AnswerDueAt).ThenBy(r => r.Id.Value).Take(OverdueLimit).ToList();
    }

    private IQueryable<OverdueRow> OverdueQuery(IQueryable<Referral> referrals) =>
        from r in referrals.AsNoTracking().OrderByDescending(r => r.AnswerDueAt).Take(OverdueLimit)
        join c in db.Cases on r.CaseId equals c.Id
        select new OverdueRow(r.Id, c.Reference, r.FromAgencyId, r.ToAgencyId, r.State, r.SentAt, r.AnswerDueAt);
}
