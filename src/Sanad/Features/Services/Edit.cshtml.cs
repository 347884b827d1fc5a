using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Services;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Services;

/// <summary>Offer a new service of the supervisor's agency, or change one it offers, from the version read.</summary>
public sealed class EditModel(ServiceDirectory directory, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ServiceInput Input { get; set; } = new();
    /// <summary>Languages and nationalities as typed: comma-separated codes.</summary>
    [BindProperty] public string? LanguagesText { get; set; }
    [BindProperty] public string? NationalitiesText { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not { } id) return Page();
        if (await directory.OneAsync(new ServiceId(id)) is not { } s) return NotFound();
        if (!s.CanEdit) return Forbid();
        Input = new ServiceInput
        {
            Type = s.Type, Name = s.Name, Description = s.Description, Governorate = s.Governorate, City = s.City, Capacity = s.Capacity,
            Available = s.Available, EligibleSex = s.Eligibility.Sex, MinAge = s.Eligibility.MinAge, MaxAge = s.Eligibility.MaxAge,
            OpeningHours = s.OpeningHours, IsActive = s.IsActive, Version = s.Version,
            FocalPoints = s.FocalPoints.Select(f => new FocalPointInput { Name = f.Name, Phone = f.Phone, Email = f.Email }).ToList(),
        };
        LanguagesText = string.Join(", ", s.Languages);
        NationalitiesText = string.Join(", ", s.Eligibility.Nationalities);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Languages = Codes(LanguagesText);
        Input.Nationalities = Codes(NationalitiesText);
        Input.FocalPoints = Input.FocalPoints.Where(f => !string.IsNullOrWhiteSpace(f.Name) || !string.IsNullOrWhiteSpace(f.Phone) || !string.IsNullOrWhiteSpace(f.Email)).ToList();
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id ? await directory.ChangeAsync(new ServiceId(id), Input) : await directory.OfferAsync(Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The service is saved."].Value;
            return Redirect("/Services");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t, nameof(Input));
        return Page();
    }

    /// <summary>Blank rows for new focal points, so the form works without JavaScript.</summary>
    public IEnumerable<FocalPointInput> FocalPointRows() => Input.FocalPoints.Concat(Enumerable.Range(0, 2).Select(_ => new FocalPointInput()));

    private static List<string> Codes(string? text) =>
        (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
