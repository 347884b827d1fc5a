using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.Accounts;

namespace Sanad.Features.Programme;

/// <summary>The programme and its activities, filtered by kind, country and status.</summary>
public sealed class IndexModel(ProgrammeSettings settings, Activities activities) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public ProgrammeView? Current { get; private set; }
    public IReadOnlyList<ActivitySummary> Found { get; private set; } = [];
    public bool IsStaff => User.IsInRole(Roles.Programme) && !User.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        Current = await settings.CurrentAsync();
        Found = await activities.ListAsync(new ActivityFilter(Kind, Country, Status));
    }
}
