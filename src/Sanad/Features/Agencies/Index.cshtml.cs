using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Web;

namespace Sanad.Features.Agencies;

/// <summary>Every signed-in user can see which agencies take part; admins can add and edit them.</summary>
public sealed class IndexModel(ListAgencies list) : PageModel
{
    public List<AgencySummary> Agencies { get; private set; } = [];

    public async Task OnGetAsync() => Agencies = await list.AllAsync(Localization.CurrentLanguage);
}
