using System.Text.RegularExpressions;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Account;

[Collection(SanadCollection.Name)]
public sealed class SignInTests(SanadFixture sanad)
{
    [Theory]
    [InlineData("en-US", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Caseworker_signs_in_and_is_greeted_by_name(string browserLocale, string direction)
    {
        await using var browser = await sanad.NewContextAsync(browserLocale);
        var page = await browser.NewPageAsync();

        // Before sign-in the browser's language decides: Arabic browsers get a right-to-left page.
        await page.GotoAsync("/Account/SignIn");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", direction);

        await page.SignInAsync(DemoUsers.Email("caseworker"), DemoUsers.Password, DemoUsers.Name("caseworker"));
        await Expect(page.Locator("header")).ToContainTextAsync(DemoUsers.Name("caseworker"));
        await Expect(page.SignOutButton()).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_stays_on_the_sign_in_page()
    {
        await using var browser = await sanad.NewContextAsync();
        var page = await browser.NewPageAsync();

        await page.SubmitSignInAsync(DemoUsers.Email("caseworker"), "Not-The-Password-2026!");

        await Expect(page.Locator("main .alert-danger")).ToContainTextAsync("The email or password is not correct.");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(DemoUsers.Email("caseworker"));
        await Expect(page.SignOutButton()).ToHaveCountAsync(0);
    }
}
