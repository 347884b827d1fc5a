using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Cases;

/// <summary>
/// Changes a case. The caller says which version it read; if someone saved in between, the change
/// is refused (409) with nothing saved, so no one's work is silently overwritten. Each changed
/// field becomes a line of the case history.
/// </summary>
public sealed class UpdateCase(SanadDb db, AgencyWorkers workers, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(CaseId id, UpdateCaseInput input, CancellationToken ct = default)
    {
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Error.NotFound();
        if (!caller.CanChange(found.AgencyId)) return Error.ReadOnly();
        if (found.Version != input.Version)
            return Error.Conflict("Someone else changed this case since you opened it. Reload it and make your change again.");
        var wanted = input.ToChange();
        // Closing takes a supervisor's approval and reopening a supervisor's reason (Features/Assistance/CaseClosures).
        if (wanted.Status is { } status && status != found.Status)
        {
            if (ClosureReasons.IsClosed(status))
                return Error.Invalid("A case is closed by asking a supervisor to approve its closure, on the assistance page.") with { Field = "status" };
            if (ClosureReasons.IsClosed(found.Status))
                return Error.Invalid("A closed case is reopened by a supervisor, with a reason, on the assistance page.") with { Field = "status" };
        }
        if (input.AssignedWorkerId is { } worker && worker != found.AssignedWorkerId && !await workers.IsAssignableAsync(found.AgencyId, worker, ct))
            return Error.Invalid("Assign the case to an active caseworker or supervisor of the agency that owns it.") with { Field = "assignedWorkerId" };
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = found.Apply(wanted, now);
        if (changes.Count == 0) return found.Version;
        foreach (var change in changes)
            db.CaseHistory.Add(CaseHistoryEntry.Record(found.Id, change, caller.UserId, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this case since you opened it. Reload it and make your change again.");
        }
        await audit.RecordAsync("case.updated", AuditOutcome.Success, "case", id.ToString(), string.Join(',', changes.Select(c => c.Field)));
        return found.Version;
    }
}
