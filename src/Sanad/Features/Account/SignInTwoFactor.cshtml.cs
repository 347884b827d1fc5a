using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Audit;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Account;

/// <summary>The second step of sign-in: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed class SignInTwoFactorModel(SanadSignInManager signIn, UserManager<SanadUser> users, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public CodeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters.")]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";

        [Display(Name = "This is a recovery code")]
        public bool IsRecoveryCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/SignIn");
        if (!ModelState.IsValid) return Page();

        var code = Input.Code.Replace(" ", "").Replace("-", Input.IsRecoveryCode ? "-" : "");
        var result = Input.IsRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await SignInRecorder.SucceededAsync(user, users, audit, clock, Input.IsRecoveryCode ? "recovery-code" : "authenticator");
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }
        await audit.RecordAsync(new AuditEvent("account.sign-in", AuditOutcome.Failure, user.Id, user.AgencyId.Value, "user", user.Id.ToString(),
            Detail: result.IsLockedOut ? "locked-out" : "wrong-second-factor"));
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many wrong attempts. The account is locked for a while; try again later or ask your administrator."]
            : t["The code is not correct. Check the time on your phone and try the newest code."]);
        return Page();
    }
}
