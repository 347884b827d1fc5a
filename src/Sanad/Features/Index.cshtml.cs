using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.WorkLists;
using Sanad.Security;

namespace Sanad.Features;

/// <summary>The home page: the work list for the roles that have one, then the cards of every role.</summary>
public sealed class IndexModel(ReadWorkList read, AccessScope caller) : PageModel
{
    public WorkList? WorkList { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ReadWorkList.IsFor(caller)) WorkList = (await read.ForCallerAsync(ct)).Value;
    }
}
