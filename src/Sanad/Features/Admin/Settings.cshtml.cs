using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Admin;

/// <summary>The node's country, languages, time zone, and which roles must use two-factor sign-in.</summary>
public sealed class SettingsModel(ChangeNodeSettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public NodeSettingsInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var current = await settings.GetAsync();
        Input = new NodeSettingsInput
        {
            Country = current.Country, Languages = [.. current.Languages], TimeZone = current.TimeZone,
            TwoFactorRequiredRoles = [.. current.TwoFactorRequiredRoles],
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await settings.SaveAsync(Input);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        TempData["Notice"] = t["The settings are saved."].Value;
        return RedirectToPage();
    }
}
