using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Notifications;

/// <summary>/api/v1/notifications: the signed-in user's own notifications, for every role.</summary>
public static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async (ReadNotifications read, CancellationToken ct) => TypedResults.Ok(await read.ListAsync(ct)))
            .WithSummary("The caller's latest notifications with the unread count: a kind and a link each, never a name");

        notifications.MapPost("/{id:long}/read", async (long id, ReadNotifications read, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await read.MarkReadAsync(id, ct)).ToOk(t))
            .WithSummary("Mark one notification read");

        notifications.MapPost("/read", async (ReadNotifications read, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await read.MarkReadAsync(null, ct)).ToOk(t))
            .WithSummary("Mark all of the caller's notifications read");
    }
}
