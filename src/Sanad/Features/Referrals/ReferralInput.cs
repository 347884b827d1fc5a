using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Referrals;
using Sanad.Web;

namespace Sanad.Features.Referrals;

/// <summary>A referral as the sender writes it, from the form or the API.</summary>
public sealed class ReferralInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Receiving agency")]
    public Guid? ToAgencyId { get; set; }

    [Display(Name = "Service")]
    public Guid? ServiceId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Reason for the referral")]
    public string Reason { get; set; } = "";

    [Display(Name = "Urgency")]
    public string Urgency { get; set; } = "normal";

    [Display(Name = "Data scope")]
    public List<string> Scope { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<ReferralUrgency>(Urgency, out _))
            yield return new(context.Translate("Urgency is normal or urgent."), [nameof(Urgency)]);
        if (Scope.Count == 0)
            yield return new(context.Translate("Choose at least one part of the data."), [nameof(Scope)]);
        else if (Scope.FirstOrDefault(s => !DataScopes.IsKnown(s)) is { } unknown)
            yield return new(string.Format(context.Translate("Unknown data scope: {0}. Use identifying, contact, sensitive or operational."), unknown), [nameof(Scope)]);
    }
}

public sealed class ReferralAnswerInput
{
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}
