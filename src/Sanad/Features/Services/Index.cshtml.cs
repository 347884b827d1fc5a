using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.Accounts;

namespace Sanad.Features.Services;

/// <summary>The service directory, searched by need, place and language.</summary>
public sealed class IndexModel(ServiceDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    public IReadOnlyList<ServiceView> Found { get; private set; } = [];
    public bool MayOffer => User.IsInRole(Roles.Supervisor) && !User.IsInRole(Roles.Admin);

    public async Task OnGetAsync() => Found = await directory.SearchAsync(new ServiceSearch(Type, Area, Language));
}
