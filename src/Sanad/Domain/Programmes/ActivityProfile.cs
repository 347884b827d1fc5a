using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sanad.Domain.Programmes;

/// <summary>One member of a study-visit delegation: the post, not the person (who is a participant).</summary>
public sealed record DelegationMember(string Country, string Institution, string Role);

public enum StudyStatus
{
    Planned,
    InProgress,
    Published,
}

/// <summary>A study of a research activity, with the research release it became once published (linked by id).</summary>
public sealed record Study(Guid Id, string Title, string? Summary, [property: JsonConverter(typeof(StudyStatusCode))] StudyStatus Status, Guid? ReleaseId);

/// <summary>
/// A study's status as the API's other codes are written (planned, in-progress, published), not a number.
/// Stored studies written as numbers before still read back.
/// </summary>
public sealed class StudyStatusCode() : JsonStringEnumConverter<StudyStatus>(JsonNamingPolicy.KebabCaseLower);

/// <summary>
/// The kind-specific data of an activity, one row per activity; only the fields of its kind are used.
/// Regional dialogue: participating countries and institutions (the agenda is the activity's description).
/// Study visit: delegation, host institutions, lessons learned, practices to transfer, actions they led to.
/// Awareness: campaign, channel, languages, audience, reach, materials. Research: studies.
/// A training's curriculum is the activity's description; its sessions, tests and attendance have tables of their own.
/// </summary>
public sealed class ActivityProfile
{
    public ActivityId ActivityId { get; private set; }
    /// <summary>ISO 3166 codes, comma-separated.</summary>
    public string? ParticipatingCountries { get; private set; }
    public string? Institutions { get; private set; }
    public List<DelegationMember> Delegation { get; private set; } = [];
    public string? HostInstitutions { get; private set; }
    public string? LessonsLearned { get; private set; }
    public string? PracticesToTransfer { get; private set; }
    public string? ActionsLedTo { get; private set; }
    public string? Campaign { get; private set; }
    public string? Channel { get; private set; }
    /// <summary>ISO 639 codes, comma-separated.</summary>
    public string? Languages { get; private set; }
    public string? Audience { get; private set; }
    /// <summary>People reached, as the channel reports it (views, listeners, leaflets handed out).</summary>
    public int? Reach { get; private set; }
    public string? Materials { get; private set; }
    public List<Study> Studies { get; private set; } = [];

    private ActivityProfile() { }

    public static ActivityProfile For(ActivityId activity) => new() { ActivityId = activity };

    public void Change(ActivityProfileData d)
    {
        ParticipatingCountries = Codes(d.ParticipatingCountries, upper: true);
        Institutions = Blank(d.Institutions);
        Delegation = d.Delegation.ToList();
        HostInstitutions = Blank(d.HostInstitutions);
        LessonsLearned = Blank(d.LessonsLearned);
        PracticesToTransfer = Blank(d.PracticesToTransfer);
        ActionsLedTo = Blank(d.ActionsLedTo);
        Campaign = Blank(d.Campaign);
        Channel = Blank(d.Channel);
        Languages = Codes(d.Languages, upper: false);
        Audience = Blank(d.Audience);
        Reach = d.Reach;
        Materials = Blank(d.Materials);
        Studies = d.Studies.ToList();
    }

    public ActivityProfileData Data() => new(
        List(ParticipatingCountries), Institutions, Delegation, HostInstitutions, LessonsLearned, PracticesToTransfer, ActionsLedTo,
        Campaign, Channel, List(Languages), Audience, Reach, Materials, Studies);

    private static IReadOnlyList<string> List(string? codes) => (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
    private static string? Codes(IEnumerable<string> codes, bool upper)
    {
        var joined = string.Join(',', codes.Select(c => upper ? c.Trim().ToUpperInvariant() : c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct());
        return joined.Length == 0 ? null : joined;
    }
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The kind-specific data as the API and the pages exchange it.</summary>
public sealed record ActivityProfileData(
    IReadOnlyList<string> ParticipatingCountries, string? Institutions,
    IReadOnlyList<DelegationMember> Delegation, string? HostInstitutions, string? LessonsLearned, string? PracticesToTransfer, string? ActionsLedTo,
    string? Campaign, string? Channel, IReadOnlyList<string> Languages, string? Audience, int? Reach, string? Materials,
    IReadOnlyList<Study> Studies)
{
    public static ActivityProfileData Empty { get; } = new([], null, [], null, null, null, null, null, null, [], null, null, null, []);
}
