using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Legal;

/// <summary>A legal deadline of an open case: a reflection period ending or a residence document expiring.</summary>
public sealed record LegalDeadline(Guid CaseId, string CaseReference, Guid AgencyId, string Kind, string? DocumentType, DateOnly DueOn, bool Overdue);

/// <summary>
/// The legal deadlines of the caller's agency's open cases (every agency's for the coordinator)
/// that fall within the next days, overdue ones included, earliest first: reflection periods not
/// yet followed by a residence document, and current residence documents with an end. The due
/// dates are stored columns with partial indexes on (agency, date) and (date) that hold open
/// deadlines only; each kind is read along its index and stops at the limit, and the two are merged.
/// </summary>
public sealed class LegalDeadlines(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public const string ReflectionPeriodEnds = "reflection-period-ends";
    public const string DocumentExpires = "document-expires";

    /// <summary>A list shows what needs doing first; past this many, the oldest overdue come first anyway.</summary>
    public const int MaxItems = 1000;

    public async Task<IReadOnlyList<LegalDeadline>> ListAsync(int withinDays, CancellationToken ct = default)
    {
        var rows = await FindAsync(null, withinDays, MaxItems, ct);
        await audit.RecordAsync("deadlines.listed", AuditOutcome.Success, "case", null, $"within:{withinDays};rows:{rows.Count}");
        return rows;
    }

    /// <summary>One agency's earliest deadlines, for its work list (which records its own audit line).</summary>
    public Task<IReadOnlyList<LegalDeadline>> ForAgencyAsync(AgencyId agency, int withinDays, int limit, CancellationToken ct = default) =>
        FindAsync(agency, withinDays, limit, ct);

    private async Task<IReadOnlyList<LegalDeadline>> FindAsync(AgencyId? agency, int withinDays, int limit, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(Math.Clamp(withinDays, 0, 366));
        var open = db.Cases.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.ClosedReferred);

        // Both tables carry the agency filter (IAgencyOwned); an explicit agency narrows it further.
        var periods = db.ReflectionPeriods.AsNoTracking().Where(r => r.FollowedUpAt == null && r.EndsOn <= until);
        var documents = db.ResidenceDocuments.AsNoTracking().Where(d => d.ReplacedAt == null && d.ValidUntil != null && d.ValidUntil <= until);
        if (agency is { } only)
        {
            periods = periods.Where(r => r.AgencyId == only);
            documents = documents.Where(d => d.AgencyId == only);
        }
        var ending = await periods
            .Join(open, r => r.CaseId, c => c.Id, (r, c) => new { CaseId = c.Id, c.Reference, r.AgencyId, DueOn = r.EndsOn })
            .OrderBy(r => r.DueOn).Take(limit).ToListAsync(ct);
        var expiring = await documents
            .Join(open, d => d.CaseId, c => c.Id, (d, c) => new { CaseId = c.Id, c.Reference, d.AgencyId, d.Type, DueOn = d.ValidUntil!.Value })
            .OrderBy(r => r.DueOn).Take(limit).ToListAsync(ct);

        return ending.Select(r => new LegalDeadline(r.CaseId.Value, r.Reference, r.AgencyId.Value, ReflectionPeriodEnds, null, r.DueOn, r.DueOn < today))
            .Concat(expiring.Select(r => new LegalDeadline(r.CaseId.Value, r.Reference, r.AgencyId.Value, DocumentExpires, r.Type, r.DueOn, r.DueOn < today)))
            .OrderBy(d => d.DueOn).ThenBy(d => d.CaseReference, StringComparer.Ordinal).Take(limit).ToList();
    }
}
