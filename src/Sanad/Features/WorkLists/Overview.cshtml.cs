using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sanad.Features.WorkLists;

/// <summary>The coordinator's referral overview for the last 30, 90 or 365 days.</summary>
public sealed class OverviewModel(ReadOverview read) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = ReadOverview.DefaultDays;
    public ReferralOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An unknown period falls back to the default rather than failing: the page offers only the three.
        if (!ReadOverview.Periods.Contains(Days)) Days = ReadOverview.DefaultDays;
        Overview = await read.ForAsync(Days, ct);
    }
}
