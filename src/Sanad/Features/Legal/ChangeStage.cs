using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Features.Jurisdictions;
using Sanad.Security;

namespace Sanad.Features.Legal;

/// <summary>
/// Moves a case to another stage of the jurisdiction in force. Caseworkers and supervisors of the
/// owning agency only; the move is a line of the case history (who, when, from, to) and is audited.
/// A stale version is refused (409), so two people moving the same case never silently overwrite each other.
/// </summary>
public sealed class ChangeStage(SanadDb db, JurisdictionRules jurisdictions, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(CaseId id, StageInput input, CancellationToken ct = default)
    {
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Error.NotFound();
        if (!caller.CanChange(found.AgencyId)) return Error.ReadOnly();
        if (!caller.IsInRole(Roles.Caseworker) && !caller.IsInRole(Roles.Supervisor))
            return Error.Forbidden("Only caseworkers and supervisors of the case's agency move it to another stage.");
        var rules = await jurisdictions.ForNodeAsync(ct);
        var stage = input.Stage.Trim();
        if (rules?.Rules.StageOf(stage) is null)
            return Error.Invalid("The jurisdiction in force has no stage {0}.", stage) with { Field = "stage" };
        if (found.Version != input.Version)
            return Error.Conflict("Someone else changed this case since you opened it. Reload it and make your change again.");
        if (found.Stage == stage) return found.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        db.CaseHistory.Add(CaseHistoryEntry.Record(found.Id, found.MoveToStage(stage, now), caller.UserId, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this case since you opened it. Reload it and make your change again.");
        }
        await audit.RecordAsync("case.stage-changed", AuditOutcome.Success, "case", id.ToString(), stage);
        return found.Version;
    }
}
