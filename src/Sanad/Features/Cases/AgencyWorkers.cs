using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Security;

namespace Sanad.Features.Cases;

public sealed record Worker(Guid Id, string DisplayName);

/// <summary>
/// The people who answer for an agency's cases: its active caseworkers and supervisors. A case is
/// assigned to one of them; a deadline of a case nobody is assigned to reminds them all.
/// </summary>
public sealed class AgencyWorkers(SanadDb db)
{
    private static readonly Guid[] WorkerRoleIds = [Roles.IdOf(Roles.Caseworker), Roles.IdOf(Roles.Supervisor)];

    /// <summary>The workers of any of <paramref name="agencies"/>, as a query to compose.</summary>
    public IQueryable<SanadUser> In(IReadOnlyCollection<AgencyId> agencies) =>
        db.Users.Where(u => agencies.Contains(u.AgencyId) && u.DisabledAt == null
                            && db.UserRoles.Any(r => r.UserId == u.Id && WorkerRoleIds.Contains(r.RoleId)));

    public async Task<IReadOnlyList<Worker>> OfAsync(AgencyId agency, CancellationToken ct = default) =>
        await In([agency]).OrderBy(u => u.DisplayName).Select(u => new Worker(u.Id, u.DisplayName)).ToListAsync(ct);

    public Task<bool> IsAssignableAsync(AgencyId agency, Guid userId, CancellationToken ct = default) =>
        In([agency]).AnyAsync(u => u.Id == userId, ct);

    public async Task<string?> NameOfAsync(Guid? userId, CancellationToken ct = default) =>
        userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
}
