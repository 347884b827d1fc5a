using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;

namespace Sanad.Features.Cases;

public sealed record Worker(Guid Id, string DisplayName);

/// <summary>The people a case can be assigned to: active caseworkers and supervisors of the agency that owns it.</summary>
public sealed class AgencyWorkers(SanadDb db)
{
    private static readonly string[] AssignableRoles = [Roles.Caseworker, Roles.Supervisor];

    public async Task<IReadOnlyList<Worker>> OfAsync(AgencyId agency, CancellationToken ct = default) =>
        await Assignable(agency).OrderBy(u => u.DisplayName).Select(u => new Worker(u.Id, u.DisplayName)).ToListAsync(ct);

    public Task<bool> IsAssignableAsync(AgencyId agency, Guid userId, CancellationToken ct = default) =>
        Assignable(agency).AnyAsync(u => u.Id == userId, ct);

    public async Task<string?> NameOfAsync(Guid? userId, CancellationToken ct = default) =>
        userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

    private IQueryable<Security.SanadUser> Assignable(AgencyId agency) =>
        from u in db.Users
        where u.AgencyId == agency && u.DisabledAt == null
              && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && AssignableRoles.Contains(r.Name!)))
        select u;
}
