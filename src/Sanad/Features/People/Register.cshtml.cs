using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.People;

/// <summary>Register a person: the same rules and handler as POST /api/v1/people.</summary>
public sealed class RegisterModel(RegisterPerson register, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public PersonInput Input { get; set; } = new();
    /// <summary>Other names, one per line in the form.</summary>
    [BindProperty] public string? AliasLines { get; set; }
    /// <summary>Language codes, separated by commas or spaces in the form.</summary>
    [BindProperty] public string? LanguageCodes { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Aliases = (AliasLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        Input.Languages = (LanguageCodes ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        ModelState.Clear();
        foreach (var (field, messages) in RequestValidation.Check(Input, t))
            foreach (var message in messages)
                ModelState.AddModelError($"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
        if (!ModelState.IsValid) return Page();
        var result = await register.HandleAsync(Input);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        TempData["Notice"] = t["The person is registered."].Value;
        return RedirectToPage("/People/Details", new { id = result.Value.Value });
    }
}
