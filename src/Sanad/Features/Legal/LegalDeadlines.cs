using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Legal;

/// <summary>A legal deadline of an open case: a reflection period ending or a residence document expiring.</summary>
public sealed record LegalDeadline(Guid CaseId, string CaseReference, Guid AgencyId, string Kind, string? DocumentType, DateOnly DueOn, bool Overdue);

/// <summary>
/// The legal deadlines of the caller's agency's open cases (every agency's for the coordinator)
/// that fall within the next days, overdue ones included: reflection periods not yet followed by a
/// residence document, and current residence documents with an end. One SQL statement: the due
/// dates are stored columns with an (agency, date) index, and both kinds are read as one UNION ALL.
/// The caseworker's work list calls it; the bench measures it.
/// </summary>
public sealed class LegalDeadlines(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public const string ReflectionPeriodEnds = "reflection-period-ends";
    public const string DocumentExpires = "document-expires";

    public async Task<IReadOnlyList<LegalDeadline>> ListAsync(int withinDays, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(Math.Clamp(withinDays, 0, 366));
        var open = db.Cases.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.ClosedReferred);

        // Both sides carry the agency filter (IAgencyOwned), so the index on (agency, due date) serves each.
        var reflection = db.ReflectionPeriods.Where(r => r.FollowedUpAt == null && r.EndsOn <= until)
            .Join(open, r => r.CaseId, c => c.Id, (r, c) => new { CaseId = c.Id, c.Reference, r.AgencyId, Kind = ReflectionPeriodEnds, DocumentType = (string?)null, DueOn = r.EndsOn });
        var documents = db.ResidenceDocuments.Where(d => d.ReplacedAt == null && d.ValidUntil != null && d.ValidUntil <= until)
            .Join(open, d => d.CaseId, c => c.Id, (d, c) => new { CaseId = c.Id, c.Reference, d.AgencyId, Kind = DocumentExpires, DocumentType = (string?)d.Type, DueOn = d.ValidUntil!.Value });
        var rows = await reflection.Concat(documents).OrderBy(r => r.DueOn).Take(MaxItems).AsNoTracking().ToListAsync(ct);

        await audit.RecordAsync("deadlines.listed", AuditOutcome.Success, "case", null, $"within:{withinDays};rows:{rows.Count}");
        return rows.Select(r => new LegalDeadline(r.CaseId.Value, r.Reference, r.AgencyId.Value, r.Kind, r.DocumentType, r.DueOn, r.DueOn < today)).ToList();
    }

    /// <summary>A work list shows what needs doing first; past this many, the oldest overdue come first anyway.</summary>
    public const int MaxItems = 1000;
}
