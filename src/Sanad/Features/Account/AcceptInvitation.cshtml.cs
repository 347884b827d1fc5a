using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Audit;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Account;

/// <summary>An invited person opens their link and chooses a password; then they sign in.</summary>
public sealed class AcceptInvitationModel(UserManager<SanadUser> users, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public Guid UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public NewPasswordInput Input { get; set; } = new();
    public bool LinkValid { get; private set; }

    public async Task OnGetAsync() => LinkValid = await PendingUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await PendingUserAsync();
        LinkValid = user is not null;
        if (user is null || !ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, Code, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        user.InvitationExpiresAt = null;
        await users.UpdateAsync(user);
        await audit.RecordAsync(new AuditEvent("account.invitation-accepted", AuditOutcome.Success, user.Id, user.AgencyId.Value, "user", user.Id.ToString()));
        TempData["Notice"] = t["Your account is ready. Sign in with your email and new password."].Value;
        return RedirectToPage("/Account/SignIn");
    }

    private async Task<SanadUser?> PendingUserAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        var now = clock.GetUtcNow().UtcDateTime;
        return user is { InvitationExpiresAt: { } expires, IsDisabled: false } && expires > now && !string.IsNullOrEmpty(Code) ? user : null;
    }
}
