using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;

namespace Sanad.Features.Notifications;

/// <summary>
/// Stages notifications on the caller's unit of work, so they are saved in the same transaction as
/// the change they announce; the e-mails go out only after that save (<see cref="SendMailAsync"/>).
/// A notification carries a kind and a link, never a name.
/// </summary>
public sealed class Notifier(SanadDb db, NotificationMail mail, TimeProvider clock)
{
    /// <summary>The roles of a receiving agency that answer referrals.</summary>
    public static readonly string[] AnsweringRoles = [Roles.Caseworker, Roles.Supervisor, Roles.Provider, Roles.Police, Roles.Inspector];

    private readonly List<(Guid Recipient, NotificationKind Kind, string Link)> _mail = [];

    public static string LinkTo(ReferralId referral) => $"/Referrals/Details/{referral}";

    /// <summary>Every active user of <paramref name="agency"/> holding one of <paramref name="roles"/>.</summary>
    public async Task ToAgencyAsync(AgencyId agency, IReadOnlyCollection<string> roles, NotificationKind kind, ReferralId referral, CancellationToken ct)
    {
        foreach (var user in await UsersAsync(u => u.AgencyId == agency, roles, ct))
            Add(user, kind, referral);
    }

    /// <summary>Every active user, in any agency, holding one of <paramref name="roles"/> (the country's coordinators).</summary>
    public async Task ToRoleAsync(string role, NotificationKind kind, ReferralId referral, CancellationToken ct)
    {
        foreach (var user in await UsersAsync(_ => true, [role], ct))
            Add(user, kind, referral);
    }

    public async Task ToUserAsync(Guid user, NotificationKind kind, ReferralId referral, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.Id == user && u.DisabledAt == null, ct)) Add(user, kind, referral);
    }

    /// <summary>Each of these users that is still active, about something the link shows (ids only); returns how many.</summary>
    public async Task<int> ToUsersAsync(IReadOnlyCollection<Guid> users, NotificationKind kind, string link, CancellationToken ct)
    {
        if (users.Count == 0) return 0;
        var active = await db.Users.Where(u => users.Contains(u.Id) && u.DisabledAt == null).Select(u => u.Id).ToListAsync(ct);
        foreach (var user in active) Add(user, kind, link);
        return active.Count;
    }

    /// <summary>Forgets what was staged, for a unit of work that is retried from scratch.</summary>
    public void Discard() => _mail.Clear();

    /// <summary>Sends the staged e-mails (when SMTP is configured); call after the change is saved.</summary>
    public async Task SendMailAsync(CancellationToken ct = default)
    {
        var pending = _mail.ToList();
        _mail.Clear();
        await mail.SendAsync(pending, ct);
    }

    private void Add(Guid user, NotificationKind kind, ReferralId referral) => Add(user, kind, LinkTo(referral));

    private void Add(Guid user, NotificationKind kind, string link)
    {
        if (_mail.Contains((user, kind, link))) return;
        db.Notifications.Add(Notification.For(user, kind, link, clock.GetUtcNow().UtcDateTime));
        _mail.Add((user, kind, link));
    }

    private async Task<List<Guid>> UsersAsync(System.Linq.Expressions.Expression<Func<Security.SanadUser, bool>> which, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var roleIds = roles.Select(Roles.IdOf).ToList();
        return await db.Users.Where(which).Where(u => u.DisabledAt == null)
            .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && roleIds.Contains(r.RoleId)))
            .Select(u => u.Id).ToListAsync(ct);
    }
}
