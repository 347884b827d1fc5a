namespace Sanad.Domain.Programmes;

public readonly record struct RecommendationId(Guid Value)
{
    public static RecommendationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public enum RecommendationPriority
{
    High,
    Medium,
    Low,
}

public enum RecommendationStatus
{
    Open,
    InProgress,
    Implemented,
    NotTakenUp,
}

/// <summary>What a recommendation says and asks of whom: the part staff may correct.</summary>
public sealed record RecommendationText(string English, string? French, string? Arabic, string AddresseeCountry, string AddresseeInstitution,
    RecommendationPriority Priority, DateOnly? DueOn);

/// <summary>
/// A recommendation a regional dialogue issued to a country's institution, in English, French and
/// Arabic, followed up until implemented or not taken up. Every change leaves a <see cref="RecommendationChange"/>.
/// </summary>
public sealed class Recommendation
{
    public RecommendationId Id { get; private set; }
    /// <summary>The dialogue that issued it.</summary>
    public ActivityId ActivityId { get; private set; }
    public string TextEnglish { get; private set; } = "";
    public string? TextFrench { get; private set; }
    public string? TextArabic { get; private set; }
    public string AddresseeCountry { get; private set; } = "";
    public string AddresseeInstitution { get; private set; } = "";
    public RecommendationPriority Priority { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public RecommendationStatus Status { get; private set; }
    /// <summary>What shows the follow-up: a decree, a circular, a report, with its reference.</summary>
    public string? Evidence { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private Recommendation() { }

    public static (Recommendation, RecommendationChange) Issue(ActivityId dialogue, RecommendationText text, Guid? by, DateTime now)
    {
        var r = new Recommendation { Id = RecommendationId.New(), ActivityId = dialogue, Status = RecommendationStatus.Open, UpdatedAt = now };
        r.Apply(text);
        return (r, RecommendationChange.Record(r.Id, "issued", null, null, by, now));
    }

    /// <summary>Applies a change and returns one history entry per field that changed; none when nothing did.</summary>
    public IReadOnlyList<RecommendationChange> Change(RecommendationText text, RecommendationStatus status, string? evidence, Guid? by, DateTime now)
    {
        evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        var changes = new List<RecommendationChange>();
        void Note(string field, string? from, string? to)
        {
            if (from != to) changes.Add(RecommendationChange.Record(Id, field, from, to, by, now));
        }
        Note("status", Codes(Status), Codes(status));
        Note("evidence", Evidence, evidence);
        Note("text-en", TextEnglish, text.English.Trim());
        Note("text-fr", TextFrench, Blank(text.French));
        Note("text-ar", TextArabic, Blank(text.Arabic));
        Note("addressee", $"{AddresseeCountry} · {AddresseeInstitution}", $"{text.AddresseeCountry.Trim().ToUpperInvariant()} · {text.AddresseeInstitution.Trim()}");
        Note("priority", Codes(Priority), Codes(text.Priority));
        Note("due-on", DueOn?.ToString("yyyy-MM-dd"), text.DueOn?.ToString("yyyy-MM-dd"));
        if (changes.Count == 0) return changes;
        Apply(text);
        Status = status;
        Evidence = evidence;
        UpdatedAt = now;
        Version++;
        return changes;
    }

    /// <summary>Overdue: past its due date and neither implemented nor set aside.</summary>
    public static bool IsOverdue(DateOnly? dueOn, RecommendationStatus status, DateOnly today) =>
        dueOn is { } due && due < today && status is RecommendationStatus.Open or RecommendationStatus.InProgress;

    private void Apply(RecommendationText text)
    {
        TextEnglish = text.English.Trim();
        TextFrench = Blank(text.French);
        TextArabic = Blank(text.Arabic);
        AddresseeCountry = text.AddresseeCountry.Trim().ToUpperInvariant();
        AddresseeInstitution = text.AddresseeInstitution.Trim();
        Priority = text.Priority;
        DueOn = text.DueOn;
    }

    private static string Codes(Enum value) => Cases.Codes.Of(value);
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>One entry of a recommendation's history: which field changed, from what to what, who and when.</summary>
public sealed class RecommendationChange
{
    public long Id { get; private set; }
    public RecommendationId RecommendationId { get; private set; }
    /// <summary>issued, status, evidence, text-en, text-fr, text-ar, addressee, priority, due-on.</summary>
    public string Field { get; private set; } = "";
    public string? From { get; private set; }
    public string? To { get; private set; }
    public Guid? By { get; private set; }
    public DateTime At { get; private set; }

    private RecommendationChange() { }

    public static RecommendationChange Record(RecommendationId id, string field, string? from, string? to, Guid? by, DateTime at) =>
        new() { RecommendationId = id, Field = field, From = from, To = to, By = by, At = at };
}
