using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>The directory of organisations, and adding one.</summary>
public sealed class OrganisationsModel(Organisations organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    public IReadOnlyList<OrganisationView> Found { get; private set; } = [];

    public async Task OnGetAsync() => Found = await organisations.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = await organisations.RegisterAsync(Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The organisation is added."].Value;
                return Redirect("/Programme/Organisations");
            }
            result.Error!.AddTo(ModelState, t, nameof(Input));
        }
        Found = await organisations.ListAsync();
        return Page();
    }
}
