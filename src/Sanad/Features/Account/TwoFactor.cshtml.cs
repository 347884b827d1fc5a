using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Account;

/// <summary>Enrol an authenticator app (QR code or key), get recovery codes, renew them, or turn two-factor off.</summary>
public sealed class TwoFactorModel(UserManager<SanadUser> users, SanadSignInManager signIn, TwoFactorEnrolment enrolment, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Required { get; set; }
    [BindProperty] public CodeInput Input { get; set; } = new();
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Enter the 6 digits shown by the app.")]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var result = await enrolment.ConfirmAsync(user, Input.Code);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t, nameof(Input));
            await LoadAsync(user);
            return Page();
        }
        // The session's principal now says two-factor is on, so the mandatory-2FA gate lets the user through.
        await signIn.RefreshSignInAsync(user);
        NewRecoveryCodes = result.Value;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await enrolment.NewRecoveryCodesAsync(user);
        if (result.Succeeded) NewRecoveryCodes = result.Value;
        else result.Error!.AddTo(ModelState, t);
        ModelState.Remove("Input.Code");
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await enrolment.DisableAsync(user);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t);
            ModelState.Remove("Input.Code");
            await LoadAsync(user);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Two-factor sign-in is off."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(SanadUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = Enabled ? await enrolment.RecoveryCodesLeftAsync(user) : 0;
        Setup = Enabled ? null : await enrolment.SetupAsync(user);
        // Making a key renews the security stamp; keep this session valid with the new stamp.
        if (Setup?.KeyIsNew == true) await signIn.RefreshSignInAsync(user);
    }
}
