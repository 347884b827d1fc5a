namespace Sanad.Domain.Programmes;

public readonly record struct SessionId(Guid Value)
{
    public static SessionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>One event of an activity: a day of a training, a meeting of a dialogue, a visit to a host institution.</summary>
public sealed class ActivitySession
{
    public SessionId Id { get; private set; }
    public ActivityId ActivityId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Topic { get; private set; } = "";
    /// <summary>Trainers, speakers or the host institution met, as written by staff.</summary>
    public string? Trainers { get; private set; }

    private ActivitySession() { }

    public static ActivitySession Hold(ActivityId activity, DateOnly heldOn, string topic, string? trainers) => new()
    {
        Id = SessionId.New(), ActivityId = activity, HeldOn = heldOn, Topic = topic.Trim(), Trainers = string.IsNullOrWhiteSpace(trainers) ? null : trainers.Trim(),
    };
}

/// <summary>A participant who was present at a session.</summary>
public sealed class SessionAttendance
{
    public SessionId SessionId { get; private set; }
    public ParticipantId ParticipantId { get; private set; }

    private SessionAttendance() { }

    public static SessionAttendance Of(SessionId session, ParticipantId participant) => new() { SessionId = session, ParticipantId = participant };
}

/// <summary>
/// A participant taking part in an activity, with the pre- and post-test scores of a training (percent,
/// 0–100). Knowledge gain is computed from the enrolments that have both scores.
/// </summary>
public sealed class Enrolment
{
    public ActivityId ActivityId { get; private set; }
    public ParticipantId ParticipantId { get; private set; }
    public decimal? PreTestScore { get; private set; }
    public decimal? PostTestScore { get; private set; }

    private Enrolment() { }

    public static Enrolment Of(ActivityId activity, ParticipantId participant) => new() { ActivityId = activity, ParticipantId = participant };

    public void Score(decimal? pre, decimal? post)
    {
        PreTestScore = pre;
        PostTestScore = post;
    }
}
