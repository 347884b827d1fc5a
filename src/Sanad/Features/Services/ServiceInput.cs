using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Services;
using Sanad.Web;

namespace Sanad.Features.Services;

public sealed class FocalPointInput
{
    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Contact name")]
    public string? Name { get; set; }

    [StringLength(30, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Contact phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "The {0} field is not a valid email address.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Contact e-mail")]
    public string? Email { get; set; }
}

/// <summary>A service as a supervisor describes it, from the form or the API.</summary>
public sealed class ServiceInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Type of service")]
    public string Type { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name of the service")]
    public string Name { get; set; } = "";

    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Governorate")]
    public string? Governorate { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Range(0, 100000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Capacity")]
    public int? Capacity { get; set; }

    [Range(0, 100000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Places available now")]
    public int? Available { get; set; }

    [Display(Name = "Eligible sex")]
    public string? EligibleSex { get; set; }

    [Range(0, 120, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Minimum age")]
    public int? MinAge { get; set; }

    [Range(0, 120, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Maximum age")]
    public int? MaxAge { get; set; }

    [Display(Name = "Eligible nationalities")]
    public List<string> Nationalities { get; set; } = [];

    [Display(Name = "Focal points")]
    public List<FocalPointInput> FocalPoints { get; set; } = [];

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Opening hours")]
    public string? OpeningHours { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The version read before changing; a stale one is refused with 409. Ignored when offering a new service.</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!ServiceTypes.IsKnown(Type))
            yield return new(context.Translate("Choose a type of service from the list."), [nameof(Type)]);
        if (Languages.Any(l => l.Trim().Length is not (2 or 3) || !l.Trim().All(char.IsAsciiLetter)))
            yield return new(context.Translate("Give languages as ISO 639 codes, such as ar, en or tl."), [nameof(Languages)]);
        if (Nationalities.Any(n => n.Trim().Length != 2 || !n.Trim().All(char.IsAsciiLetter)))
            yield return new(context.Translate("Give nationalities as two-letter ISO 3166 codes, such as JO or LK."), [nameof(Nationalities)]);
        if (EligibleSex is not null and not ("" or "female" or "male"))
            yield return new(context.Translate("Eligible sex is female, male or empty for anyone."), [nameof(EligibleSex)]);
        if (MinAge is { } min && MaxAge is { } max && min > max)
            yield return new(context.Translate("The minimum age is above the maximum age."), [nameof(MinAge)]);
        if (Capacity is { } capacity && Available is { } available && available > capacity)
            yield return new(context.Translate("More places are available than the capacity."), [nameof(Available)]);
        if (FocalPoints.Any(f => string.IsNullOrWhiteSpace(f.Name) && (!string.IsNullOrWhiteSpace(f.Phone) || !string.IsNullOrWhiteSpace(f.Email))))
            yield return new(context.Translate("Give the name of each focal point."), [nameof(FocalPoints)]);
        if (FocalPoints.Any(f => f.Name?.Length > 100 || f.Phone?.Length > 30 || f.Email?.Length > 200
                || !string.IsNullOrWhiteSpace(f.Email) && !new EmailAddressAttribute().IsValid(f.Email.Trim())))
            yield return new(context.Translate("Each focal point needs a name (at most 100 characters), a phone of at most 30 characters and a valid e-mail address."), [nameof(FocalPoints)]);
    }

    public ServiceDetails ToDetails() => new(Type, Name, Description, Governorate, City, Languages,
        Capacity, Available, new Eligibility(EligibleSex, MinAge, MaxAge, Nationalities),
        FocalPoints.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f => new FocalPoint(f.Name!.Trim(), Blank(f.Phone), Blank(f.Email))).ToList(),
        OpeningHours, IsActive);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
