using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Users;

namespace Sanad.Features.People;

/// <summary>The people the caller's agency registered (every agency, pseudonymised, for the coordinator).</summary>
public sealed class IndexModel(ReadPeople read) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<PersonView> Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync() => Result = await read.PageAsync(PageNumber, 25);
}
