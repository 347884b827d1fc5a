namespace Sanad.Domain.Programmes;

public readonly record struct ActivityId(Guid Value)
{
    public static ActivityId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The six activity kinds of the origin programme.</summary>
public enum ActivityKind
{
    Training,
    RegionalDialogue,
    StudyVisit,
    VictimAssistance,
    Awareness,
    Research,
}

public enum ActivityStatus
{
    Planned,
    Ongoing,
    Completed,
    Cancelled,
}

/// <summary>
/// One activity of a programme: a training, a regional dialogue, a study visit, victim assistance,
/// an awareness campaign or a piece of research. Kind-specific data (sessions and tests, recommendations,
/// delegations, campaigns) lives in its own tables keyed by <see cref="Id"/>; budget lines point here too.
/// </summary>
public sealed class ProgrammeActivity
{
    public ActivityId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    public ActivityKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>ISO 3166-1 alpha-2 code of the country it takes place in.</summary>
    public string Country { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public ActivityStatus Status { get; private set; }
    /// <summary>What it is about: the curriculum of a training, the agenda of a dialogue, the campaign of an awareness activity.</summary>
    public string? Description { get; private set; }
    /// <summary>The programme staff member in charge (a name or a post, such as "Programme officer, Amman").</summary>
    public string? ResponsiblePerson { get; private set; }
    /// <summary>What it produced, one output a line (reports, curricula, people trained).</summary>
    public string? Outputs { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private ProgrammeActivity() { }

    public static ProgrammeActivity Plan(ProgrammeId programme, ActivityKind kind, string title, string country, DateOnly startsOn, DateOnly endsOn, DateTime now) => new()
    {
        Id = ActivityId.New(),
        ProgrammeId = programme,
        Kind = kind,
        Title = title.Trim(),
        Country = country.Trim().ToUpperInvariant(),
        StartsOn = startsOn,
        EndsOn = endsOn,
        Status = ActivityStatus.Planned,
        UpdatedAt = now,
    };

    /// <summary>Changes what staff describe; the kind is fixed once planned (its kind-specific data depends on it).</summary>
    public void Change(ActivityChange change, DateTime now)
    {
        Title = change.Title.Trim();
        Country = change.Country.Trim().ToUpperInvariant();
        StartsOn = change.StartsOn;
        EndsOn = change.EndsOn;
        Status = change.Status;
        Description = Blank(change.Description);
        ResponsiblePerson = Blank(change.ResponsiblePerson);
        Outputs = Blank(change.Outputs);
        UpdatedAt = now;
        Version++;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The described part of an activity, as a form or the API gives it.</summary>
public sealed record ActivityChange(string Title, string Country, DateOnly StartsOn, DateOnly EndsOn, ActivityStatus Status,
    string? Description, string? ResponsiblePerson, string? Outputs);
