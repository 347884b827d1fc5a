using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.Audit;
using Sanad.Security;

namespace Sanad.Features.Account;

/// <summary>Signs out of this browser, or, with <c>everywhere</c>, ends every session of the account.</summary>
public sealed class SignOutModel(SanadSignInManager signIn, UserManager<SanadUser> users, AuditTrail audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(bool everywhere = false)
    {
        if (everywhere && await users.GetUserAsync(User) is { } user)
        {
            // A new security stamp invalidates every other session at its next check.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync("account.sign-out-everywhere", AuditOutcome.Success, "user", user.Id.ToString());
        }
        else
        {
            await audit.RecordAsync("account.sign-out", AuditOutcome.Success);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
