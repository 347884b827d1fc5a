using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Audit;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Account;

/// <summary>Email and password. Wrong attempts count towards lockout; every attempt is audited.</summary>
public sealed class SignInModel(SanadSignInManager signIn, UserManager<SanadUser> users, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "The {0} field is not a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    private static readonly SanadUser Decoy = new();
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<SanadUser>().HashPassword(Decoy, Guid.NewGuid().ToString()));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // Same message and the same hashing work as a wrong password: neither the page nor its timing may reveal who has an account.
            users.PasswordHasher.VerifyHashedPassword(Decoy, DecoyHash.Value, Input.Password);
            await audit.RecordAsync(new AuditEvent("account.sign-in", AuditOutcome.Failure, Detail: "unknown-account"));
            ModelState.AddModelError("", t["The email or password is not correct."]);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await SignInRecorder.SucceededAsync(user, users, audit, clock, "password");
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            await audit.RecordAsync(new AuditEvent("account.sign-in", AuditOutcome.Success, user.Id, user.AgencyId.Value, "user", user.Id.ToString(), Detail: "password-ok-second-factor-next"));
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl });
        }
        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "wrong-password";
        await audit.RecordAsync(new AuditEvent("account.sign-in", AuditOutcome.Failure, user.Id, user.AgencyId.Value, "user", user.Id.ToString(), Detail: reason));
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many wrong attempts. The account is locked for a while; try again later or ask your administrator."]
            : t["The email or password is not correct."]);
        return Page();
    }

    /// <summary>Only paths on this site: a crafted link cannot send a user elsewhere after sign-in.</summary>
    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}

/// <summary>What happens on every completed sign-in, whichever factor finished it.</summary>
internal static class SignInRecorder
{
    public static async Task SucceededAsync(SanadUser user, UserManager<SanadUser> users, AuditTrail audit, TimeProvider clock, string method)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await audit.RecordAsync(new AuditEvent("account.sign-in", AuditOutcome.Success, user.Id, user.AgencyId.Value, "user", user.Id.ToString(), Detail: method));
    }
}
