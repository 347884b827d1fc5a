using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.Accounts;

namespace Sanad.Features.Programme;

/// <summary>The follow-up tracker across dialogues: by addressee country, status, and overdue.</summary>
public sealed class RecommendationsModel(Recommendations recommendations) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Dialogue { get; set; }
    public IReadOnlyList<RecommendationView> Found { get; private set; } = [];
    public bool IsStaff => User.IsInRole(Roles.Programme) && !User.IsInRole(Roles.Admin);

    public async Task OnGetAsync() => Found = await recommendations.ListAsync(new RecommendationFilter(Country, Status, Overdue, Dialogue));
}
