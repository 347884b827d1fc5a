using System.ComponentModel.DataAnnotations;
using Sanad.Web;
using Sanad.Domain.Accounts;

namespace Sanad.Features.Users;

/// <summary>What an admin enters to invite or change a user, from the form, the API or the CLI.</summary>
public sealed class UserInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "The {0} field is not a valid email address.")]
    [StringLength(254, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Agency")]
    public string AgencyCode { get; set; } = "";

    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Language")]
    public string? Language { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Roles.Count == 0)
            yield return new ValidationResult(validationContext.Translate("Choose at least one role."), [nameof(Roles)]);
        // DESIGN §4: the administrator manages configuration and users and never sees case data.
        if (Roles.Contains(Domain.Accounts.Roles.Admin) && Roles.Any(Domain.Accounts.Roles.CaseRoles.Contains))
            yield return new ValidationResult(validationContext.Translate("The admin role cannot be combined with a role that sees case data."), [nameof(Roles)]);
        foreach (var role in Roles.Where(r => !Domain.Accounts.Roles.IsKnown(r)))
            yield return new ValidationResult(validationContext.Translate("Unknown role."), [nameof(Roles)]);
        if (!string.IsNullOrEmpty(Language) && !Languages.IsSupported(Language))
            yield return new ValidationResult(validationContext.Translate("Unknown language."), [nameof(Language)]);
    }
}
