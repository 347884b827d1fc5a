using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Users;

namespace Sanad.Features.Cases;

/// <summary>The agency's cases, found by reference, status, nationality and opening date.</summary>
public sealed class IndexModel(ReadCases read) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Nationality { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<CaseSummary> Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync() => Result = await read.FindAsync(new CaseFilter(Name, Reference, Status, Nationality, Page: PageNumber));
}
