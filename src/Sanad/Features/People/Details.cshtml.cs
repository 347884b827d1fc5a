using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.People;

namespace Sanad.Features.People;

/// <summary>One person, as the caller may see her. Opening this page is audited.</summary>
public sealed class DetailsModel(ReadPeople read) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await read.OneAsync(new PersonId(id)) is not { } person) return NotFound();
        Person = person;
        return Page();
    }
}
