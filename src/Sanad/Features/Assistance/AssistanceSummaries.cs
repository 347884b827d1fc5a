using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;

namespace Sanad.Features.Assistance;

/// <summary>The one line the case page shows about assistance: codes and dates only, no free text.</summary>
public sealed record AssistanceSummary(string? PlanState, DateOnly? NextFollowUp, bool NextFollowUpOverdue, bool ClosureRequested);

/// <summary>Reads the case page's assistance line (the case page's own view is already audited).</summary>
public sealed class AssistanceSummaries(SanadDb db, TimeProvider clock)
{
    public async Task<AssistanceSummary> ForCaseAsync(CaseId id, CancellationToken ct = default)
    {
        var plan = await db.AssistancePlans.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.Number)
            .Select(p => (PlanState?)p.State).FirstOrDefaultAsync(ct);
        var next = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == id && f.DoneOn == null).OrderBy(f => f.DueOn)
            .Select(f => (DateOnly?)f.DueOn).FirstOrDefaultAsync(ct);
        var closure = await db.CaseClosures.AsNoTracking().AnyAsync(r => r.CaseId == id && r.State == ClosureState.Requested, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new AssistanceSummary(plan is { } state ? Codes.Of(state) : null, next, next is { } due && due < today, closure);
    }
}
