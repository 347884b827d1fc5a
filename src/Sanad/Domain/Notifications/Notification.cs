namespace Sanad.Domain.Notifications;

/// <summary>What happened, as a code shown through "notification:" + code.</summary>
public enum NotificationKind
{
    ReferralReceived,
    ReferralAnswered,
    ReferralOverdue,
    ConsentWithdrawn,
    /// <summary>Deadlines of one's cases fall due soon (once a day at most; the link is the work list).</summary>
    DeadlinesDue,
}

/// <summary>
/// An in-app message to one staff member: a kind and a link to the record, nothing else. It holds no
/// person's name nor any text about her, so a notification list or e-mail never leaks who is assisted.
/// </summary>
public sealed class Notification
{
    public long Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>A path inside Sanad, such as /Referrals/Details/{id}: ids only.</summary>
    public string Link { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    private Notification() { }

    public static Notification For(Guid recipient, NotificationKind kind, string link, DateTime now) => new()
    {
        RecipientId = recipient,
        Kind = kind,
        Link = link,
        CreatedAt = now,
    };
}
