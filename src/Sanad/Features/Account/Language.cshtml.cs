using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Domain.Accounts;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Account;

/// <summary>The language switcher: remembered in a cookie, and in the profile of a signed-in user.</summary>
public sealed class LanguageModel(UserManager<SanadUser> users, SanadSignInManager signIn, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl)
    {
        if (!Languages.IsSupported(language)) return BadRequest();
        Response.Cookies.Append(Localization.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true });
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.Language = language;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return LocalRedirect(SignInModel.SafeReturnUrl(returnUrl));
    }
}
