using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Users;

namespace Sanad.Features.Referrals;

/// <summary>The agency's incoming and outgoing referrals, filtered by state.</summary>
public sealed class IndexModel(ReadReferrals read) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Direction { get; set; } = "incoming";
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<ReferralSummary> Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync()
    {
        if (Direction is not ("incoming" or "outgoing")) Direction = "incoming";
        Result = await read.ListAsync(new ReferralFilter(Direction, State, PageNumber));
    }
}
