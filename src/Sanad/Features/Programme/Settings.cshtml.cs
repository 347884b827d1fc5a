using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>The programme's name, dates and countries: started here when there is none.</summary>
public sealed class SettingsModel(ProgrammeSettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public ProgrammeSettingsInput Input { get; set; } = new();
    [BindProperty] public string? CountriesText { get; set; }

    public async Task OnGetAsync()
    {
        if (await settings.CurrentAsync() is not { } p) return;
        Input = new ProgrammeSettingsInput { Name = p.Name, StartsOn = p.StartsOn, EndsOn = p.EndsOn, Countries = p.Countries.ToList(), Version = p.Version };
        CountriesText = string.Join(", ", p.Countries);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Countries = (CountriesText ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = await settings.SaveAsync(Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The programme is saved."].Value;
            return Redirect("/Programme");
        }
        result.Error!.AddTo(ModelState, t, nameof(Input));
        return Page();
    }
}
