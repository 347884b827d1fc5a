using Sanad.Domain.Agencies;
using Sanad.Domain.People;

namespace Sanad.Domain.Cases;

public readonly record struct CaseId(Guid Value)
{
    public static CaseId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A protection case for one person, owned by one agency, in the HTCDS 2.0 vocabulary. Every
/// change goes through <see cref="Apply"/>, which returns what changed for the case history.
/// </summary>
public sealed class Case : IAgencyOwned
{
    public CaseId Id { get; private set; }
    /// <summary>Human reference such as JO-2026-00042; unique within the node.</summary>
    public string Reference { get; private set; } = "";
    public PersonId PersonId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public Guid? AssignedWorkerId { get; private set; }
    public CaseStatus Status { get; private set; } = CaseStatus.Active;
    public TraffickingStatus? TraffickingStatus { get; private set; }
    /// <summary>The kind of body that decided the trafficking status (HTCDS 2.0 companion field).</summary>
    public string? TraffickingStatusDecidedBy { get; private set; }
    public string MethodsOfControl { get; private set; } = "";
    public string LabourExploitation { get; private set; } = "";
    public string SexExploitation { get; private set; } = "";
    /// <summary>ISIC v4 section letters.</summary>
    public string LabourIndustries { get; private set; } = "";
    /// <summary>Codes of <see cref="Htcds.RecruiterRelationships"/>.</summary>
    public string RecruiterRelationship { get; private set; } = "";
    /// <summary>The stage's code in the jurisdiction file in force; null where the node's country has no file.</summary>
    public string? Stage { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: a save from a stale copy is refused, never silently merged.</summary>
    public int Version { get; private set; }

    private Case() { }

    public static Case Open(string reference, PersonId person, AgencyId agency, Guid? assignedWorker, string? stage, DateTime now) => new()
    {
        Id = CaseId.New(),
        Stage = stage,
        Reference = reference,
        PersonId = person,
        AgencyId = agency,
        AssignedWorkerId = assignedWorker,
        OpenedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Moves the case to another record of the same person (a merge, or its undoing); returns the history line.</summary>
    public CaseFieldChange MoveTo(PersonId person, DateTime now)
    {
        var change = new CaseFieldChange("person", PersonId.ToString(), person.ToString());
        PersonId = person;
        UpdatedAt = now;
        Version++;
        return change;
    }

    /// <summary>Moves the case to another stage of its jurisdiction (checked by the caller); returns the history line.</summary>
    public CaseFieldChange MoveToStage(string stage, DateTime now)
    {
        var change = new CaseFieldChange("stage", Stage, stage);
        Stage = stage;
        UpdatedAt = now;
        Version++;
        return change;
    }

    /// <summary>Applies the changed fields of <paramref name="change"/> and returns them as history lines.</summary>
    public IReadOnlyList<CaseFieldChange> Apply(CaseChange change, DateTime now)
    {
        var changes = new List<CaseFieldChange>();
        bool Changes(string field, object? current, object? wanted)
        {
            if (wanted is null || Equals(current, wanted)) return false;
            changes.Add(new CaseFieldChange(field, Text(current), Text(wanted)));
            return true;
        }
        if (Changes("status", Status, change.Status)) Status = change.Status!.Value;
        if (Changes("traffickingStatus", TraffickingStatus, change.TraffickingStatus)) TraffickingStatus = change.TraffickingStatus;
        if (Changes("traffickingStatusDecidedBy", TraffickingStatusDecidedBy, change.TraffickingStatusDecidedBy)) TraffickingStatusDecidedBy = change.TraffickingStatusDecidedBy;
        if (Changes("assignedWorkerId", AssignedWorkerId, change.AssignedWorkerId)) AssignedWorkerId = change.AssignedWorkerId;
        if (Join(change.MethodsOfControl) is { } control && Changes("methodsOfControl", MethodsOfControl, control)) MethodsOfControl = control;
        if (Join(change.LabourExploitation) is { } labour && Changes("labourExploitation", LabourExploitation, labour)) LabourExploitation = labour;
        if (Join(change.SexExploitation) is { } sex && Changes("sexExploitation", SexExploitation, sex)) SexExploitation = sex;
        if (Join(change.LabourIndustries) is { } industries && Changes("labourIndustries", LabourIndustries, industries)) LabourIndustries = industries;
        if (Join(change.RecruiterRelationship) is { } recruiter && Changes("recruiterRelationship", RecruiterRelationship, recruiter)) RecruiterRelationship = recruiter;
        if (changes.Count > 0)
        {
            UpdatedAt = now;
            Version++;
        }
        return changes;
    }

    private static string? Join(IReadOnlyCollection<string>? codes) => codes is null ? null : string.Join(',', codes.Distinct().Order());

    private static string? Text(object? value) => value switch
    {
        null => null,
        Enum e => Codes.Of(e),
        _ => value.ToString(),
    };
}

/// <summary>The fields a caseworker may change; null means "leave as it is".</summary>
public sealed record CaseChange(
    CaseStatus? Status = null,
    TraffickingStatus? TraffickingStatus = null,
    string? TraffickingStatusDecidedBy = null,
    Guid? AssignedWorkerId = null,
    IReadOnlyCollection<string>? MethodsOfControl = null,
    IReadOnlyCollection<string>? LabourExploitation = null,
    IReadOnlyCollection<string>? SexExploitation = null,
    IReadOnlyCollection<string>? LabourIndustries = null,
    IReadOnlyCollection<string>? RecruiterRelationship = null);

/// <summary>One line of a case's history: which field, from what, to what. Coded fields only; never free text about the person.</summary>
public sealed record CaseFieldChange(string Field, string? From, string? To);

/// <summary>HTCDS cas_Status.</summary>
public enum CaseStatus
{
    Active,
    FollowUp,
    Closed,
    ClosedReferred,
}

/// <summary>HTCDS 2.0 Trafficking Status.</summary>
public enum TraffickingStatus
{
    Possible,
    Actual,
    NotAVictim,
}

/// <summary>Enum values as the API's kebab-case codes (follow-up, closed-referred, not-a-victim).</summary>
public static class Codes
{
    public static string Of(Enum value) => string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
