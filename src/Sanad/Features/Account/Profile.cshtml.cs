using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Account;

/// <summary>The signed-in person's own page: who they are, their language, second factor, tokens, sessions.</summary>
public sealed class ProfileModel(UserManager<SanadUser> users, SanadDb db, AccessTokens tokens) : PageModel
{
    public SanadUser Me { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public List<TokenSummary> Tokens { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Me = user;
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == user.AgencyId);
        AgencyName = agency.NameIn(Localization.CurrentLanguage);
        Roles = await users.GetRolesAsync(user);
        Tokens = await tokens.ListAsync(user.Id);
        return Page();
    }
}
