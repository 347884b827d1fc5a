using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Security;

namespace Sanad.Features.Notifications;

public sealed record NotificationView(long Id, string Kind, string Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>The caller's own notifications, and only theirs: every query is by the signed-in user's id.</summary>
public sealed class ReadNotifications(SanadDb db, AccessScope caller, TimeProvider clock)
{
    private const int ListSize = 100;

    public async Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        caller.UserId is { } me ? await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, ct) : 0;

    public async Task<NotificationList> ListAsync(CancellationToken ct = default)
    {
        if (caller.UserId is not { } me) return new(0, []);
        var items = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.Id).Take(ListSize).ToListAsync(ct);
        return new(await UnreadCountAsync(ct), items.Select(n => new NotificationView(n.Id, Codes.Of(n.Kind), n.Link, n.CreatedAt, n.ReadAt)).ToList());
    }

    /// <summary>Marks one notification (or, with null, all of them) read; another user's notification does not exist for the caller.</summary>
    public async Task<Result<int>> MarkReadAsync(long? id, CancellationToken ct = default)
    {
        if (caller.UserId is not { } me) return Error.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null);
        if (id is { } one)
        {
            if (!await db.Notifications.AnyAsync(n => n.Id == one && n.RecipientId == me, ct)) return Error.NotFound();
            query = query.Where(n => n.Id == one);
        }
        return await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
