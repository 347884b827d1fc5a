using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Agencies;
using Sanad.Web;

namespace Sanad.Features.Users;

/// <summary>What the invite and edit pages share: the user form and the agencies to choose from.</summary>
public abstract class UserFormModel(ListAgencies agencies) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();
    public List<AgencySummary> Agencies { get; private set; } = [];

    protected async Task LoadAgenciesAsync() => Agencies = await agencies.AllAsync(Localization.CurrentLanguage, includeInactive: false);
}
