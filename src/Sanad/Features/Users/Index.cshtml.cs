using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Agencies;
using Sanad.Web;

namespace Sanad.Features.Users;

/// <summary>The admin's list of users, filtered by name or email, agency, role and state.</summary>
public sealed class IndexModel(ListUsers users, ListAgencies agencies) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<UserSummary> Result { get; private set; } = new([], 1, 25, 0);
    public List<AgencySummary> Agencies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Agencies = await agencies.AllAsync(Localization.CurrentLanguage);
        Result = await users.FindAsync(new UserFilter(Q, Agency, Role, Status, PageNumber));
    }
}
