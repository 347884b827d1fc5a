using System.ComponentModel.DataAnnotations;
using Sanad.Domain;
using System.Globalization;
using System.Text.RegularExpressions;
using Sanad.Domain.People;
using Sanad.Web;

namespace Sanad.Features.People;

/// <summary>What a caseworker types to register a person, from the form or the API.</summary>
public sealed partial class PersonInput : IValidatableObject
{
    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Given name (Latin script)")]
    public string? GivenName { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Family name (Latin script)")]
    public string? FamilyName { get; set; }

    [StringLength(150, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name in Arabic script")]
    public string? NameArabic { get; set; }

    [Display(Name = "Other names and spellings")]
    public List<string> Aliases { get; set; } = [];

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Sex")]
    public string Sex { get; set; } = "unknown";

    [Display(Name = "Date of birth")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "Year of birth")]
    public int? YearOfBirth { get; set; }

    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [StringLength(30, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Display(Name = "Identity documents")]
    public List<DocumentInput> Documents { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyName) && string.IsNullOrWhiteSpace(NameArabic))
            yield return new(context.Translate("Give at least one name, in Latin or Arabic script."), [nameof(GivenName)]);
        if (HasArabic(GivenName) || HasArabic(FamilyName))
            yield return new(context.Translate("Write this name in Latin letters; use the Arabic-script field for Arabic."), [HasArabic(GivenName) ? nameof(GivenName) : nameof(FamilyName)]);
        if (!string.IsNullOrWhiteSpace(NameArabic) && !ArabicScript().IsMatch(NameArabic.Trim()))
            yield return new(context.Translate("Write this name in Arabic script only."), [nameof(NameArabic)]);
        if (Aliases.Count > 10 || Aliases.Any(a => a.Length > 150))
            yield return new(context.Translate("Give at most 10 other names, each at most 150 characters."), [nameof(Aliases)]);
        if (!Enum.TryParse<Sex>(Sex, ignoreCase: true, out _) || int.TryParse(Sex, out _))
            yield return new(context.Translate("Choose female, male, other or unknown."), [nameof(Sex)]);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            if (IsoDate.Parse(DateOfBirth) is not { } born)
                yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(DateOfBirth)]);
            else if (born > today || born.Year < 1900)
                yield return new(context.Translate("The date of birth must be between 1900 and today."), [nameof(DateOfBirth)]);
            else if (YearOfBirth is { } year && year != born.Year)
                yield return new(context.Translate("The year of birth does not match the date of birth."), [nameof(YearOfBirth)]);
        }
        if (YearOfBirth is { } y && (y < 1900 || y > today.Year))
            yield return new(context.Translate("The year of birth must be between 1900 and this year."), [nameof(YearOfBirth)]);
        if (!string.IsNullOrWhiteSpace(Nationality) && !Countries.IsKnown(Nationality))
            yield return new(context.Translate("Unknown country code: use ISO 3166 two-letter codes such as ET, PH or LK."), [nameof(Nationality)]);
        if (Languages.Any(l => !LanguageCode().IsMatch(l ?? "")))
            yield return new(context.Translate("Use ISO 639 language codes such as ar, am, tl or si."), [nameof(Languages)]);
        if (Documents.Count > 10)
            yield return new(context.Translate("Give at most 10 identity documents."), [nameof(Documents)]);
        foreach (var document in Documents)
        {
            if (!DocumentInput.Types.Contains(document.Type ?? ""))
                yield return new(context.Translate("Choose passport, national-id, residence-permit, work-permit or other."), [nameof(Documents)]);
            if (string.IsNullOrWhiteSpace(document.Number) || document.Number.Length > 40)
                yield return new(context.Translate("Give the document number (at most 40 characters)."), [nameof(Documents)]);
            if (!string.IsNullOrWhiteSpace(document.Country) && !Countries.IsKnown(document.Country))
                yield return new(context.Translate("Unknown country code: use ISO 3166 two-letter codes such as ET, PH or LK."), [nameof(Documents)]);
        }
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber().IsMatch(NormalisedPhone!))
            yield return new(context.Translate("Write the phone number in international form, for example +962 79 123 4567."), [nameof(Phone)]);
    }

    internal string? NormalisedPhone => string.IsNullOrWhiteSpace(Phone) ? null : Regex.Replace(Phone, @"[\s\-().]", "");

    internal Sex ParsedSex => Enum.Parse<Sex>(Sex, ignoreCase: true);

    internal int? EffectiveYearOfBirth => YearOfBirth ?? IsoDate.Parse(DateOfBirth)?.Year;

    private static bool HasArabic(string? text) => text is not null && ArabicLetter().IsMatch(text);

    [GeneratedRegex(@"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex(@"^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s\-]+$")]
    private static partial Regex ArabicScript();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^\+?[1-9]\d{6,14}$")]
    private static partial Regex PhoneNumber();
}

/// <summary>An identity document as typed: its kind, number and issuing country. Sealed with the rest of the identity.</summary>
public sealed class DocumentInput
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string> { "passport", "national-id", "residence-permit", "work-permit", "other" };

    public string? Type { get; set; }
    public string? Number { get; set; }
    public string? Country { get; set; }
}

/// <summary>ISO 3166-1 alpha-2 codes, as the platform's regional data knows them.</summary>
public static class Countries
{
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(code => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper))
        .Select(code => code!)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string code) => Known.Contains(code.Trim());
}
