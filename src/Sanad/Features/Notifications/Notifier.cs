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

    /// <summary>Forgets what was staged, for a unit of work that is retried from scratch.</summary>
    public void Discard() => _mail.Clear();

    /// <summary>Sends the staged e-mails (when SMTP is configured); call after the change is saved.</summary>
    public async Task SendMailAsync(CancellationToken ct = default)
    {
        var pending = _mail.ToList();
        _mail.Clear();
        await mail.SendAsync(pending, ct);
    }

    private void Add(Guid user, NotificationKind kind, ReferralId referral)
    {
        var link = LinkTo(referral);
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
