using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>Change an organisation of the directory from the version read: a stale version is refused, never overwritten.</summary>
public sealed class OrganisationModel(Organisations organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await organisations.OneAsync(new OrganisationId(Id)) is not { } o) return NotFound();
        Input = new OrganisationInput { Name = o.Name, Type = o.Type, Country = o.Country, Version = o.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = await organisations.ChangeAsync(new OrganisationId(Id), Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The organisation is saved."].Value;
            return Redirect("/Programme/Organisations");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t, nameof(Input));
        return Page();
    }
}
