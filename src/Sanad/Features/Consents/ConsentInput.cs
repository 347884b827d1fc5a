using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Web;

namespace Sanad.Features.Consents;

/// <summary>A consent as the caseworker records it, from the form or the API.</summary>
public sealed class ConsentInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Purpose")]
    public string Purpose { get; set; } = "";

    [Display(Name = "Recipient agency")]
    public Guid? RecipientAgencyId { get; set; }

    [Display(Name = "Data scope")]
    public List<string> Scope { get; set; } = [];

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "How consent was given")]
    public string Method { get; set; } = "";

    /// <summary>yyyy-MM-dd; today when left out.</summary>
    [Display(Name = "Given on")]
    public string? GivenOn { get; set; }

    [StringLength(1000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Witness or guardian")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<ConsentPurpose>(Purpose, out var purpose))
            yield return new(context.Translate("Choose a purpose: assistance, referral, data sharing, transfer abroad or research."), [nameof(Purpose)]);
        else if (purpose is ConsentPurpose.Referral or ConsentPurpose.DataSharing && RecipientAgencyId is null)
            yield return new(context.Translate("Name the agency this consent is for."), [nameof(RecipientAgencyId)]);
        if (Scope.Count == 0)
            yield return new(context.Translate("Choose at least one part of the data."), [nameof(Scope)]);
        else if (Scope.FirstOrDefault(s => !DataScopes.IsKnown(s)) is { } unknown)
            yield return new(string.Format(context.Translate("Unknown data scope: {0}. Use identifying, contact, sensitive or operational."), unknown), [nameof(Scope)]);
        if (!Codes.TryParse<ConsentMethod>(Method, out _))
            yield return new(context.Translate("Choose how consent was given: written, oral with a witness, or by a guardian."), [nameof(Method)]);
        if (!string.IsNullOrWhiteSpace(GivenOn) && ParsedGivenOn is null)
            yield return new(context.Translate("Write a past date as year-month-day, for example 2024-03-21."), [nameof(GivenOn)]);
    }

    public DateOnly? ParsedGivenOn =>
        DateOnly.TryParseExact(GivenOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

public sealed class WithdrawInput
{
    [StringLength(1000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}
