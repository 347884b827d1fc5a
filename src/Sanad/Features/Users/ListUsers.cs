using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Security;

namespace Sanad.Features.Users;

public sealed record UserSummary(
    Guid Id, string Email, string DisplayName, Guid AgencyId, string AgencyCode, IReadOnlyList<string> Roles,
    string Status, bool TwoFactorEnabled, string? Language, DateTime? LastSignInAt);

public sealed record UserFilter(string? Q = null, string? Agency = null, string? Role = null, string? Status = null, int Page = 1, int PageSize = 25);

/// <summary>
/// One page of a list. <see cref="TotalIsAtLeast"/> is true when the list stopped counting at
/// <see cref="Total"/>: a list of hundreds of thousands is not counted to the end on every page.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total, bool TotalIsAtLeast = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The user directory. Admins see every user of the node; a supervisor sees the users of their
/// own agency; anybody else only themselves. A user outside that scope does not exist (404).
/// </summary>
public sealed class ListUsers(SanadDb db, AccessScope caller)
{
    public async Task<Page<UserSummary>> FindAsync(UserFilter filter, CancellationToken ct = default)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var query = Visible();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(q) || u.DisplayName.ToUpper().Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Agency))
        {
            var code = Agency.NormaliseCode(filter.Agency);
            query = query.Where(u => db.Agencies.Any(a => a.Id == u.AgencyId && a.Code == code));
        }
        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var role = filter.Role.Trim().ToUpperInvariant();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)));
        }
        query = filter.Status switch
        {
            "active" => query.Where(u => u.DisabledAt == null && u.InvitationExpiresAt == null),
            "disabled" => query.Where(u => u.DisabledAt != null),
            "invited" => query.Where(u => u.InvitationExpiresAt != null),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var items = await Project(query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new Page<UserSummary>(items.Select(ToSummary).ToList(), page, size, total);
    }

    public async Task<UserSummary?> OneAsync(Guid id, CancellationToken ct = default)
    {
        var row = await Project(Visible().Where(u => u.Id == id)).SingleOrDefaultAsync(ct);
        return row is null ? null : ToSummary(row);
    }

    private IQueryable<SanadUser> Visible()
    {
        if (caller.IsSystem || caller.IsAdmin)
            return db.Users.AsNoTracking();
        var me = caller.UserId ?? Guid.Empty;
        if (caller.IsInRole(Domain.Accounts.Roles.Supervisor) && caller.AgencyId is { } agency)
            return db.Users.AsNoTracking().Where(u => u.AgencyId == agency || u.Id == me);
        return db.Users.AsNoTracking().Where(u => u.Id == me);
    }

    private IQueryable<Row> Project(IQueryable<SanadUser> users) => users.Select(u => new Row(
        u.Id, u.Email!, u.DisplayName, u.AgencyId,
        db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Code).FirstOrDefault() ?? "",
        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
        u.DisabledAt != null, u.InvitationExpiresAt != null, u.TwoFactorEnabled, u.Language, u.LastSignInAt));

    private static UserSummary ToSummary(Row r) => new(
        r.Id, r.Email, r.DisplayName, r.AgencyId.Value, r.AgencyCode,
        r.Roles.OrderBy(x => Domain.Accounts.Roles.All.ToList().IndexOf(x)).ToList(),
        r.Disabled ? "disabled" : r.Invited ? "invited" : "active", r.TwoFactor, r.Language, r.LastSignInAt);

    private sealed record Row(Guid Id, string Email, string DisplayName, AgencyId AgencyId, string AgencyCode, List<string> Roles,
        bool Disabled, bool Invited, bool TwoFactor, string? Language, DateTime? LastSignInAt);
}
