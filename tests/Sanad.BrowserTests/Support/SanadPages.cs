using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Support;

/// <summary>The steps many journeys share, done the way a person does them: through the forms.</summary>
internal static class SanadPages
{
    /// <summary>Fills and submits the sign-in form; does not assert where it lands.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    /// <summary>Signs in with email and password and waits for the home page that greets the user.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string displayName)
    {
        await page.SubmitSignInAsync(email, password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.Locator("main h1")).ToContainTextAsync(displayName);
    }

    /// <summary>The navbar's sign-out button, found by its form so it works in every language.</summary>
    public static ILocator SignOutButton(this IPage page) =>
        page.Locator("header form[action='/Account/SignOut'] button[type=submit]");

    public static async Task SignOutAsync(this IPage page)
    {
        await page.SignOutButton().ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/SignIn");
    }

    /// <summary>Picks a language the way a person does; the picker submits itself (wwwroot/js/site.js).</summary>
    public static async Task ChooseLanguageAsync(this IPage page, string language)
    {
        await page.Locator("select#language-picker").SelectOptionAsync(language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }
}
