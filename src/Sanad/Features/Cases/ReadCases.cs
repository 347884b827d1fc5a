using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Features.Users;
using Sanad.Security;

namespace Sanad.Features.Cases;

public sealed record CaseSummary(Guid Id, string Reference, Guid PersonId, Guid AgencyId, string Status, string? TraffickingStatus, string? Nationality, DateTime OpenedAt);

public sealed record CaseHistoryLine(DateTime At, Guid? UserId, string Field, string? From, string? To);

public sealed record CaseDetails(
    Guid Id, string Reference, Guid PersonId, Guid AgencyId, Guid? AssignedWorkerId, string Status,
    string? TraffickingStatus, string? TraffickingStatusDecidedBy, IReadOnlyList<string> MethodsOfControl,
    IReadOnlyList<string> LabourExploitation, IReadOnlyList<string> SexExploitation, IReadOnlyList<string> LabourIndustries,
    IReadOnlyList<string> RecruiterRelationship, DateTime OpenedAt, DateTime UpdatedAt, int Version, IReadOnlyList<CaseHistoryLine> History,
    string? Stage, string? StageLabel);

public sealed record CaseFilter(string? Name = null, string? Reference = null, string? Status = null, string? Nationality = null, DateTime? OpenedFrom = null, DateTime? OpenedTo = null, int Page = 1, int PageSize = 25);

/// <summary>Cases the caller's agency owns (all agencies for the coordinator). Every view of a case is audited.</summary>
public sealed class ReadCases(SanadDb db, AuditTrail audit, People.NameIndex names, Jurisdictions.JurisdictionRules jurisdictions)
{
    public async Task<CaseDetails?> OneAsync(CaseId id, CancellationToken ct = default)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return null;
        var history = await db.CaseHistory.AsNoTracking().Where(h => h.CaseId == id).OrderByDescending(h => h.Id)
            .Select(h => new CaseHistoryLine(h.At, h.UserId, h.Field, h.From, h.To)).ToListAsync(ct);
        await audit.RecordAsync("case.viewed", AuditOutcome.Success, "case", id.ToString());
        // The stage's label in the reader's language, from the jurisdiction in force (the code itself if a newer version dropped it).
        var stage = found.Stage is null ? null : (await jurisdictions.ForNodeAsync(ct))?.Rules.StageOf(found.Stage);
        return new CaseDetails(found.Id.Value, found.Reference, found.PersonId.Value, found.AgencyId.Value, found.AssignedWorkerId,
            Codes.Of(found.Status), found.TraffickingStatus is { } t ? Codes.Of(t) : null, found.TraffickingStatusDecidedBy,
            Split(found.MethodsOfControl), Split(found.LabourExploitation), Split(found.SexExploitation), Split(found.LabourIndustries),
            Split(found.RecruiterRelationship), found.OpenedAt, found.UpdatedAt, found.Version, history,
            found.Stage, stage?.Label.In(Web.Localization.CurrentLanguage) ?? found.Stage);
    }

    public async Task<Page<CaseSummary>> FindAsync(CaseFilter f, CancellationToken ct = default)
    {
        var page = Math.Max(1, f.Page);
        var size = Math.Clamp(f.PageSize, 1, 100);
        var query = db.Cases.AsNoTracking().Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Case = c, p.Nationality });
        if (!string.IsNullOrWhiteSpace(f.Name))
        {
            // By name through the blind index (any script or spelling), among the people of the cases the caller may see.
            var matches = await names.FindDuplicatesAsync(f.Name, Domain.People.Names.RecordedSex.Unknown, null, null, 50, ct,
                within: db.Cases.Select(c => c.PersonId));
            var people = matches.Where(m => m.Score >= NameSearchThreshold).Select(m => new Domain.People.PersonId(m.PersonId)).ToList();
            query = query.Where(r => people.Contains(r.Case.PersonId));
        }
        if (!string.IsNullOrWhiteSpace(f.Reference)) query = query.Where(r => r.Case.Reference.StartsWith(f.Reference.Trim().ToUpper()));
        if (Codes.TryParse<CaseStatus>(f.Status, out var status)) query = query.Where(r => r.Case.Status == status);
        if (!string.IsNullOrWhiteSpace(f.Nationality)) query = query.Where(r => r.Nationality == f.Nationality.Trim().ToUpper());
        if (f.OpenedFrom is { } from) query = query.Where(r => r.Case.OpenedAt >= DateTime.SpecifyKind(from, DateTimeKind.Utc));
        if (f.OpenedTo is { } to) query = query.Where(r => r.Case.OpenedAt < DateTime.SpecifyKind(to, DateTimeKind.Utc));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.Case.OpenedAt).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        await audit.RecordAsync("case.listed", AuditOutcome.Success, "case", null, $"page:{page};rows:{rows.Count}");
        return new Page<CaseSummary>(rows.Select(r => new CaseSummary(r.Case.Id.Value, r.Case.Reference, r.Case.PersonId.Value, r.Case.AgencyId.Value,
            Codes.Of(r.Case.Status), r.Case.TraffickingStatus is { } t ? Codes.Of(t) : null, r.Nationality, r.Case.OpenedAt)).ToList(), page, size, total);
    }

    /// <summary>Lower than the duplicate threshold: a search by name alone has no sex or birth year to help.</summary>
    private const double NameSearchThreshold = 0.6;

    private static IReadOnlyList<string> Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
