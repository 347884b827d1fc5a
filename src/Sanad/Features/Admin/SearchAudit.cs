using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Features.Users;

namespace Sanad.Features.Admin;

public sealed record AuditFilter(
    string? Action = null, Guid? Actor = null, string? TargetType = null, string? TargetId = null,
    string? Outcome = null, DateTime? From = null, DateTime? To = null, int Page = 1, int PageSize = 50);

public sealed record AuditRow(
    long Sequence, DateTime At, Guid? ActorUserId, string? ActorEmail, Guid? ActorAgencyId, string Action,
    string? TargetType, string? TargetId, string? ClientAddress, string Outcome, string? Detail, string Hash);

/// <summary>The audit trail, newest first, filtered. Admins read it; it holds ids, never case content.</summary>
public sealed class SearchAudit(SanadDb db)
{
    public async Task<Page<AuditRow>> FindAsync(AuditFilter f, CancellationToken ct = default)
    {
        var page = Math.Max(1, f.Page);
        var size = Math.Clamp(f.PageSize, 1, 500);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Action)) q = q.Where(e => e.Action.StartsWith(f.Action.Trim()));
        if (f.Actor is { } actor) q = q.Where(e => e.ActorUserId == actor);
        if (!string.IsNullOrWhiteSpace(f.TargetType)) q = q.Where(e => e.TargetType == f.TargetType.Trim());
        if (!string.IsNullOrWhiteSpace(f.TargetId)) q = q.Where(e => e.TargetId == f.TargetId.Trim());
        if (Enum.TryParse<AuditOutcome>(f.Outcome, true, out var outcome)) q = q.Where(e => e.Outcome == outcome);
        if (f.From is { } from) q = q.Where(e => e.At >= DateTime.SpecifyKind(from, DateTimeKind.Utc));
        if (f.To is { } to) q = q.Where(e => e.At < DateTime.SpecifyKind(to, DateTimeKind.Utc));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(e => e.Sequence).Skip((page - 1) * size).Take(size)
            .Select(e => new AuditRow(e.Sequence, e.At, e.ActorUserId,
                db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(),
                e.ActorAgencyId, e.Action, e.TargetType, e.TargetId, e.ClientAddress, e.Outcome.ToString(), e.Detail, e.Hash))
            .ToListAsync(ct);
        return new Page<AuditRow>(rows, page, size, total);
    }
}
