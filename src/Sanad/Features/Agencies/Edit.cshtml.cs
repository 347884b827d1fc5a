using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Agencies;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Agencies;

/// <summary>Add an agency, or change one (admin). The code cannot change once given.</summary>
public sealed class EditModel(ListAgencies list, SaveAgency save, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public AgencyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not { } id) return Page();
        var agency = await list.OneAsync(new AgencyId(id));
        if (agency is null) return NotFound();
        Input = new AgencyInput
        {
            Code = agency.Code, NameEn = agency.NameEn, NameFr = agency.NameFr, NameAr = agency.NameAr,
            Kind = agency.Kind, Country = agency.Country, IsActive = agency.IsActive,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id ? await save.UpdateAsync(new AgencyId(id), Input) : await save.CreateAsync(Input);
        if (!result.Succeeded)
        {
            if (result.Error!.Kind == Domain.ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        TempData["Notice"] = t["The agency is saved."].Value;
        return RedirectToPage("/Agencies/Index");
    }
}
