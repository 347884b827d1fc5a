using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.People;

namespace Sanad.Features.People;

/// <summary>One person, as the caller may see her. Opening this page is audited.</summary>
public sealed class DetailsModel(ReadPeople read, Cases.OpenCase open, Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> t) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    /// <summary>Opens a case for this person and goes to it.</summary>
    public async Task<IActionResult> OnPostOpenCaseAsync(Guid id)
    {
        var result = await open.HandleAsync(new Cases.OpenCaseInput { PersonId = id });
        if (!result.Succeeded) return NotFound();
        TempData["Notice"] = t["Case {0} is opened.", result.Value!.Reference].Value;
        return RedirectToPage("/Cases/Details", new { id = result.Value.Id });
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await read.OneAsync(new PersonId(id)) is not { } person) return NotFound();
        Person = person;
        return Page();
    }
}
