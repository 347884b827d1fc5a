using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Legal;

/// <summary>
/// Who may touch a case's legal track: caseworkers, supervisors and police of the owning agency
/// write and read; the coordinator reads country-wide; any other agency gets 404 (it may not know
/// the case exists) and any other role of the owning agency 403.
/// </summary>
public sealed class LegalAccess(SanadDb db, AccessScope caller)
{
    public static readonly IReadOnlyList<string> WriterRoles = [Roles.Caseworker, Roles.Supervisor, Roles.Police];

    /// <summary>The owning agency of a case the caller may read the legal track of, or why not.</summary>
    public async Task<Result<AgencyId>> ReadableAsync(CaseId id, CancellationToken ct)
    {
        var owner = await OwnerAsync(id, ct);
        if (owner is null) return Error.NotFound();
        return caller.IsInRole(Roles.Coordinator) || (caller.CanSee(owner.Value) && WriterRoles.Any(caller.IsInRole))
            ? owner.Value
            : Error.Forbidden("Your role does not see this part of the case.");
    }

    public async Task<Result<AgencyId>> WritableAsync(CaseId id, CancellationToken ct)
    {
        var owner = await OwnerAsync(id, ct);
        if (owner is null) return Error.NotFound();
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        return WriterRoles.Any(caller.IsInRole) ? owner.Value : Error.Forbidden("Your role does not see this part of the case.");
    }

    // The case query carries the agency filter: another agency's case is simply not found.
    private Task<AgencyId?> OwnerAsync(CaseId id, CancellationToken ct) =>
        db.Cases.Where(c => c.Id == id).Select(c => (AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
}
