using System.ComponentModel.DataAnnotations;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Features.People;
using Sanad.Web;

namespace Sanad.Features.Cases;

public sealed class NoteInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(10_000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Note")]
    public string Text { get; set; } = "";
}

public sealed class TraffickingEventInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Stage")]
    public string Type { get; set; } = "";

    [Display(Name = "Country")]
    public string? Country { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Date")]
    public string? Date { get; set; }

    [Display(Name = "Acts")]
    public List<string> Acts { get; set; } = [];

    [Display(Name = "Means")]
    public List<string> Means { get; set; } = [];

    [Display(Name = "Purposes")]
    public List<string> Purposes { get; set; } = [];

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<TraffickingEventType>(Type, out _))
            yield return new(context.Translate("Choose recruitment, transit or exploitation."), [nameof(Type)]);
        if (!string.IsNullOrWhiteSpace(Country) && !Countries.IsKnown(Country))
            yield return new(context.Translate("Unknown country code: use ISO 3166 two-letter codes such as ET, PH or LK."), [nameof(Country)]);
        if (!string.IsNullOrWhiteSpace(Date) && (IsoDate.Parse(Date) is not { } d || d > DateOnly.FromDateTime(DateTime.UtcNow)))
            yield return new(context.Translate("Write a past date as year-month-day, for example 2024-03-21."), [nameof(Date)]);
        foreach (var (field, values, allowed) in new[] { (nameof(Acts), Acts, Palermo.Acts), (nameof(Means), Means, Palermo.Means), (nameof(Purposes), Purposes, Palermo.Purposes) })
            if (values.FirstOrDefault(v => !allowed.Contains(v)) is { } unknown)
                yield return new(string.Format(context.Translate("Unknown value '{0}' for this field."), unknown), [field]);
    }

    internal DateOnly? ParsedDate => IsoDate.Parse(Date);
}

public sealed class PerpetratorInput : IValidatableObject
{
    [Display(Name = "Roles in the trafficking")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Sex")]
    public string? Sex { get; set; }

    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "What is known of them")]
    public string? Details { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Roles.Count == 0)
            yield return new(context.Translate("Choose at least one role."), [nameof(Roles)]);
        if (Roles.FirstOrDefault(r => !Htcds.PerpetratorRoles.Contains(r)) is { } unknown)
            yield return new(string.Format(context.Translate("Unknown value '{0}' for this field."), unknown), [nameof(Roles)]);
        if (Sex is not null && (!Enum.TryParse<Domain.People.Sex>(Sex, ignoreCase: true, out _) || int.TryParse(Sex, out _)))
            yield return new(context.Translate("Choose female, male, other or unknown."), [nameof(Sex)]);
        if (!string.IsNullOrWhiteSpace(Nationality) && !Countries.IsKnown(Nationality))
            yield return new(context.Translate("Unknown country code: use ISO 3166 two-letter codes such as ET, PH or LK."), [nameof(Nationality)]);
    }
}
