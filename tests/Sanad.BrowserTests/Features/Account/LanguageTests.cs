using System.Text.RegularExpressions;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Account;

[Collection(SanadCollection.Name)]
public sealed class LanguageTests(SanadFixture sanad)
{
    // Its own demo user: the language choice is saved in this account's profile.
    private const string Role = "researcher";

    [Fact]
    public async Task Researcher_switches_to_Arabic_then_French_and_the_choice_follows_them_to_a_new_sign_in()
    {
        await using (var browser = await sanad.NewContextAsync())
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(DemoUsers.Email(Role), DemoUsers.Password, DemoUsers.Name(Role));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");

            await page.ChooseLanguageAsync("ar");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await Expect(page.Locator("link[rel=stylesheet][href*='/lib/bootstrap/css/bootstrap.rtl.min.css']")).ToHaveCountAsync(1);
            await Expect(page.Locator("link[rel=stylesheet][href*='/lib/bootstrap/css/bootstrap.min.css']")).ToHaveCountAsync(0);
            Assert.True(await StylesheetLoadedAsync(page, "bootstrap.rtl.min.css"), "The right-to-left Bootstrap stylesheet did not load.");
            // What the person reads is Arabic, not the English text with the page flipped.
            await Expect(page.SignOutButton()).Not.ToHaveTextAsync("Sign out");
            await Expect(page.SignOutButton()).ToHaveTextAsync(ArabicLetters);

            await page.ChooseLanguageAsync("fr");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
            await Expect(page.Locator("link[rel=stylesheet][href*='/lib/bootstrap/css/bootstrap.min.css']")).ToHaveCountAsync(1);
            await Expect(page.SignOutButton()).ToHaveTextAsync("Se déconnecter");
            await page.SignOutAsync();
        }

        // A new browser has no language cookie and asks for English: only the profile can say French.
        await using (var browser = await sanad.NewContextAsync("en-US"))
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(DemoUsers.Email(Role), DemoUsers.Password, DemoUsers.Name(Role));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
            await Expect(page.Locator("select#language-picker")).ToHaveValueAsync("fr");
        }
    }

    // The Arabic Unicode block as a plain range: Playwright runs the pattern in the browser's JavaScript,
    // which does not know .NET's \p{IsArabic}.
    private static readonly Regex ArabicLetters = new("[\u0600-\u06FF]");

    private static Task<bool> StylesheetLoadedAsync(Microsoft.Playwright.IPage page, string fileName) =>
        page.EvaluateAsync<bool>(
            "name => [...document.styleSheets].some(s => s.href && s.href.includes(name) && s.cssRules.length > 0)",
            fileName);
}
