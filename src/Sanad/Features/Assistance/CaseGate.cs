using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Assistance;

/// <summary>
/// The checks every assistance use case makes on its case, in one place so they cannot drift
/// apart: a case outside the caller's scope is 404 (the agency filter hides it); the coordinator
/// looks but does not write (403); only the roles that work with a person's identity, in the
/// owning agency, write plans, services, follow-ups and closure requests; only a supervisor of the
/// owning agency decides.
/// </summary>
public sealed class CaseGate(SanadDb db, AccessScope caller)
{
    /// <summary>The owning agency of a case the caller may see.</summary>
    public async Task<Result<AgencyId>> VisibleAsync(CaseId id, CancellationToken ct)
    {
        var owner = await db.Cases.Where(c => c.Id == id).Select(c => (AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        return owner is { } found ? found : Error.NotFound();
    }

    /// <summary>Whether free texts (goals, notes, comments) open for the caller: the sensitive tier of the owning agency.</summary>
    public bool SeesTexts(AgencyId owner) => caller.SeesIdentityIn(owner);

    /// <summary>The owning agency, when the caller may write the case's assistance records.</summary>
    public async Task<Result<AgencyId>> WritableAsync(CaseId id, CancellationToken ct)
    {
        var owner = await VisibleAsync(id, ct);
        return owner.Succeeded ? Writable(owner.Value) : owner;
    }

    public Result<AgencyId> Writable(AgencyId owner)
    {
        if (!caller.CanChange(owner)) return Error.ReadOnly();
        if (!caller.SeesIdentityIn(owner)) return Error.Forbidden("Your role does not see this part of the case.");
        return owner;
    }

    /// <summary>The owning agency, when the caller is a supervisor of it (approvals, closure, reopening).</summary>
    public async Task<Result<AgencyId>> SupervisedAsync(CaseId id, CancellationToken ct)
    {
        var owner = await VisibleAsync(id, ct);
        if (!owner.Succeeded) return owner;
        // The API's policy already asks for the role; pages reach the handlers without it, so it is checked here too.
        if (!caller.IsInRole(Roles.Supervisor) && !caller.IsInRole(Roles.Coordinator))
            return Error.Forbidden("Only a supervisor of the case's agency decides this.");
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        return owner;
    }

    public bool IsSupervisorOf(AgencyId owner) =>
        (caller.IsInRole(Roles.Supervisor) || caller.IsInRole(Roles.Coordinator)) && caller.CanChange(owner);
}
