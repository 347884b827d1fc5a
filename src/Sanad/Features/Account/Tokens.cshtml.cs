using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Account;

/// <summary>The user's personal access tokens: create one (its secret shown once, on this response only) or revoke one.</summary>
public sealed class TokensModel(AccessTokens tokens, AccessScope caller, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public TokenInput Input { get; set; } = new();
    public List<TokenSummary> Tokens { get; private set; } = [];
    public IssuedToken? Issued { get; private set; }

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(caller.UserId!.Value);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await tokens.CreateAsync(caller.UserId!.Value, Input);
            if (result.Succeeded) Issued = result.Value;
            else result.Error!.AddTo(ModelState, t, nameof(Input));
        }
        Tokens = await tokens.ListAsync(caller.UserId!.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var result = await tokens.RevokeAsync(caller.UserId!.Value, id);
        if (!result.Succeeded) return NotFound();
        TempData["Notice"] = t["The token is revoked."].Value;
        return RedirectToPage();
    }
}
