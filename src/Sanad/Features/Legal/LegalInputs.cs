using System.ComponentModel.DataAnnotations;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Domain.Legal;
using Sanad.Web;

namespace Sanad.Features.Legal;

public sealed class StageInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(60, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Stage")]
    public string Stage { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }
}

public sealed class ReflectionPeriodInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Start of the reflection period")]
    public string StartsOn { get; set; } = "";

    /// <summary>Only where the jurisdiction sets no length; otherwise the end is computed.</summary>
    [Display(Name = "End of the reflection period")]
    public string? EndsOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (IsoDate.Parse(StartsOn) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(StartsOn)]);
        if (!string.IsNullOrWhiteSpace(EndsOn) && IsoDate.Parse(EndsOn) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(EndsOn)]);
    }
}

public sealed class ResidenceDocumentInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(60, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Document")]
    public string Type { get; set; } = "";

    [StringLength(60, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Document number")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Issued on")]
    public string IssuedOn { get; set; } = "";

    /// <summary>Only to override the validity the jurisdiction gives (a date written on the document itself).</summary>
    [Display(Name = "Valid until")]
    public string? ValidUntil { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (IsoDate.Parse(IssuedOn) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(IssuedOn)]);
        if (!string.IsNullOrWhiteSpace(ValidUntil) && IsoDate.Parse(ValidUntil) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(ValidUntil)]);
    }
}

public sealed class RenewalInput : IValidatableObject
{
    [Display(Name = "Valid until")]
    public string? ValidUntil { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrWhiteSpace(ValidUntil) && IsoDate.Parse(ValidUntil) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(ValidUntil)]);
    }
}

public sealed class CooperationInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Kind of cooperation")]
    public string Kind { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date")]
    public string On { get; set; } = "";

    [Display(Name = "Authority (agency)")]
    public Guid? AuthorityAgencyId { get; set; }

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Authority (name)")]
    public string? AuthorityName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<CooperationKind>(Kind, out _))
            yield return new(context.Translate("Choose complaint, statement, testimony or refusal."), [nameof(Kind)]);
        foreach (var problem in LegalDates.Check(On, nameof(On), context)) yield return problem;
        if (AuthorityAgencyId is null && string.IsNullOrWhiteSpace(AuthorityName))
            yield return new(context.Translate("Name the authority: an agency of the node or its name."), [nameof(AuthorityName)]);
    }
}

public sealed class ProceedingInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Step of the proceedings")]
    public string Kind { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date")]
    public string On { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Outcome")]
    public string Outcome { get; set; } = "pending";

    [Display(Name = "Responsible agency")]
    public Guid? AgencyId { get; set; }

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Responsible authority (name)")]
    public string? AuthorityName { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "File reference")]
    public string? Reference { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<ProceedingKind>(Kind, out _))
            yield return new(context.Translate("Choose complaint, investigation, prosecution, verdict or compensation."), [nameof(Kind)]);
        if (!Codes.TryParse<ProceedingOutcome>(Outcome, out _))
            yield return new(context.Translate("Unknown outcome."), [nameof(Outcome)]);
        foreach (var problem in LegalDates.Check(On, nameof(On), context)) yield return problem;
        if (AgencyId is null && string.IsNullOrWhiteSpace(AuthorityName))
            yield return new(context.Translate("Name the authority: an agency of the node or its name."), [nameof(AuthorityName)]);
    }
}

internal static class LegalDates
{
    /// <summary>A real date; a future one is allowed (a hearing already set down).</summary>
    public static IEnumerable<ValidationResult> Check(string text, string field, ValidationContext context)
    {
        if (IsoDate.Parse(text) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [field]);
    }
}
