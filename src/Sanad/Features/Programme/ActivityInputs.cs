using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>A study of a research activity as the API gives it; an id keeps the link to a research release across edits.</summary>
public sealed class StudyInput
{
    public Guid? Id { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string Status { get; set; } = "planned";
    public Guid? ReleaseId { get; set; }
}

/// <summary>The kind-specific data of an activity; only the fields of its kind matter.</summary>
public sealed class ProfileInput
{
    public List<string> ParticipatingCountries { get; set; } = [];
    public string? Institutions { get; set; }
    public List<DelegationMember> Delegation { get; set; } = [];
    public string? HostInstitutions { get; set; }
    public string? LessonsLearned { get; set; }
    public string? PracticesToTransfer { get; set; }
    public string? ActionsLedTo { get; set; }
    public string? Campaign { get; set; }
    public string? Channel { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? Audience { get; set; }
    public int? Reach { get; set; }
    public string? Materials { get; set; }
    public List<StudyInput> Studies { get; set; } = [];

    public static ProfileInput From(ActivityProfileData d) => new()
    {
        ParticipatingCountries = d.ParticipatingCountries.ToList(), Institutions = d.Institutions, Delegation = d.Delegation.ToList(),
        HostInstitutions = d.HostInstitutions, LessonsLearned = d.LessonsLearned, PracticesToTransfer = d.PracticesToTransfer, ActionsLedTo = d.ActionsLedTo,
        Campaign = d.Campaign, Channel = d.Channel, Languages = d.Languages.ToList(), Audience = d.Audience, Reach = d.Reach, Materials = d.Materials,
        Studies = d.Studies.Select(s => new StudyInput { Id = s.Id, Title = s.Title, Summary = s.Summary, Status = Codes.Of(s.Status), ReleaseId = s.ReleaseId }).ToList(),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (ParticipatingCountries.Any(c => !ActivityInput.IsCountryCode(c)))
            yield return new(context.Translate("Give countries as two-letter ISO 3166 codes, such as JO or LB."), ["profile.participatingCountries"]);
        if (Languages.Any(l => l.Trim().Length is not (2 or 3) || !l.Trim().All(char.IsAsciiLetter)))
            yield return new(context.Translate("Give languages as ISO 639 codes, such as ar, en or tl."), ["profile.languages"]);
        if (Reach is < 0)
            yield return new(context.Translate("The reach cannot be negative."), ["profile.reach"]);
        if (Delegation.Any(m => string.IsNullOrWhiteSpace(m.Institution) || string.IsNullOrWhiteSpace(m.Role) || !ActivityInput.IsCountryCode(m.Country)))
            yield return new(context.Translate("Each delegation member needs a country code, an institution and a role."), ["profile.delegation"]);
        if (Studies.Any(s => string.IsNullOrWhiteSpace(s.Title) || s.Title.Length > 300 || !Codes.TryParse<StudyStatus>(s.Status, out _)))
            yield return new(context.Translate("Each study needs a title of at most 300 characters and a status: planned, in-progress or published."), ["profile.studies"]);
        var texts = new[] { Institutions, HostInstitutions, LessonsLearned, PracticesToTransfer, ActionsLedTo, Campaign, Channel, Audience, Materials };
        if (texts.Any(t => t?.Length > 4000))
            yield return new(context.Translate("A text of an activity may hold at most 4000 characters."), ["profile"]);
    }

    public ActivityProfileData ToData() => new(
        ParticipatingCountries, Institutions, Delegation.Select(m => m with { Country = m.Country.Trim().ToUpperInvariant(), Institution = m.Institution.Trim(), Role = m.Role.Trim() }).ToList(),
        HostInstitutions, LessonsLearned, PracticesToTransfer, ActionsLedTo, Campaign, Channel, Languages, Audience, Reach, Materials,
        Studies.Select(s => new Study(s.Id ?? Guid.CreateVersion7(), s.Title.Trim(), string.IsNullOrWhiteSpace(s.Summary) ? null : s.Summary.Trim(),
            Codes.TryParse<StudyStatus>(s.Status, out var status) ? status : StudyStatus.Planned, s.ReleaseId)).ToList());
}

/// <summary>An activity as programme staff describe it, from the form or the API (POST: all of it).</summary>
public sealed class ActivityInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Kind of activity")]
    public string Kind { get; set; } = "training";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    [Display(Name = "Starts on")]
    public DateOnly StartsOn { get; set; }

    [Display(Name = "Ends on")]
    public DateOnly EndsOn { get; set; }

    [Display(Name = "Status")]
    public string Status { get; set; } = "planned";

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Description, curriculum or agenda")]
    public string? Description { get; set; }

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Responsible person")]
    public string? ResponsiblePerson { get; set; }

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Outputs")]
    public string? Outputs { get; set; }

    /// <summary>Ids of the partner organisations.</summary>
    public List<Guid> Partners { get; set; } = [];

    public ProfileInput Profile { get; set; } = new();

    /// <summary>The version read before changing; a stale one is refused with 409. Ignored when planning.</summary>
    public int Version { get; set; }

    public static bool IsCountryCode(string? code) => code?.Trim() is { Length: 2 } c && c.All(char.IsAsciiLetter);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<ActivityKind>(Kind, out _))
            yield return new(context.Translate("Choose a kind of activity from the list."), [nameof(Kind)]);
        if (!Codes.TryParse<ActivityStatus>(Status, out _))
            yield return new(context.Translate("Choose a status from the list."), [nameof(Status)]);
        if (!IsCountryCode(Country))
            yield return new(context.Translate("Give the country as a two-letter ISO 3166 code, such as JO or BE."), [nameof(Country)]);
        if (StartsOn == default || EndsOn == default)
            yield return new(context.Translate("Give the first and the last day of the activity."), [nameof(StartsOn)]);
        else if (EndsOn < StartsOn)
            yield return new(context.Translate("The activity ends before it starts."), [nameof(EndsOn)]);
        foreach (var problem in Profile.Validate(context)) yield return problem;
    }

    public ActivityChange ToChange() => new(Title, Country, StartsOn, EndsOn,
        Codes.TryParse<ActivityStatus>(Status, out var status) ? status : ActivityStatus.Planned, Description, ResponsiblePerson, Outputs);
}

/// <summary>PATCH: the fields given replace the current ones; the version read is required.</summary>
public sealed class ActivityPatch
{
    public string? Title { get; set; }
    public string? Country { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Status { get; set; }
    public string? Description { get; set; }
    public string? ResponsiblePerson { get; set; }
    public string? Outputs { get; set; }
    public List<Guid>? Partners { get; set; }
    public ProfileInput? Profile { get; set; }
    public int Version { get; set; }

    /// <summary>The full input the patch makes of the activity as it is now.</summary>
    public ActivityInput Over(ActivityInput current) => new()
    {
        Kind = current.Kind, Title = Title ?? current.Title, Country = Country ?? current.Country, StartsOn = StartsOn ?? current.StartsOn,
        EndsOn = EndsOn ?? current.EndsOn, Status = Status ?? current.Status, Description = Description ?? current.Description,
        ResponsiblePerson = ResponsiblePerson ?? current.ResponsiblePerson, Outputs = Outputs ?? current.Outputs,
        Partners = Partners ?? current.Partners, Profile = Profile ?? current.Profile, Version = Version,
    };
}
