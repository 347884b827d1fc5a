using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Audit;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Account;

public sealed class ChangePasswordModel(UserManager<SanadUser> users, SanadSignInManager signIn, AuditTrail audit, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public PasswordInput Input { get; set; } = new();

    public sealed class PasswordInput : NewPasswordInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string Current { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            await audit.RecordAsync("account.password-changed", AuditOutcome.Failure, "user", user.Id.ToString());
            return Page();
        }
        // Other sessions end at their next check; this one continues with the new security stamp.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync("account.password-changed", AuditOutcome.Success, "user", user.Id.ToString());
        TempData["Notice"] = t["Your password is changed."].Value;
        return RedirectToPage("/Account/Profile");
    }
}
