using Microsoft.Playwright;
using OtpNet;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Account;

[Collection(SanadCollection.Name)]
public sealed class TwoFactorTests(SanadFixture sanad)
{
    // Its own demo user, which no other test signs in as: turning two-factor on changes how this account
    // signs in for the rest of the run. (The police officer is the referral journey's.)
    private const string Role = "coordinator";

    [Fact]
    public async Task Coordinator_enrols_an_authenticator_and_then_signs_in_with_a_code()
    {
        await using var browser = await sanad.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoUsers.Email(Role), DemoUsers.Password, DemoUsers.Name(Role));

        // The person types the key shown on the page into their authenticator app; Otp.NET plays the app.
        await page.GotoAsync("/Account/TwoFactor");
        var authenticator = AuthenticatorFor(await page.Locator("kbd#shared-key").InnerTextAsync());
        // Each code is accepted once and one step of clock drift is allowed: enrol with the previous step's code, sign in with the current one.
        await page.Locator("#Input_Code").FillAsync(authenticator.ComputeTotp(DateTime.UtcNow.AddSeconds(-30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#two-factor-status")).ToContainTextAsync("Two-factor sign-in is on.");

        await page.SignOutAsync();
        await page.SubmitSignInAsync(DemoUsers.Email(Role), DemoUsers.Password);

        // The password alone is no longer enough.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/SignInTwoFactor");
        await Expect(page.SignOutButton()).ToHaveCountAsync(0);
        await page.Locator("#Input_Code").FillAsync(authenticator.ComputeTotp());
        await page.Locator("main form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.Locator("main h1")).ToContainTextAsync(DemoUsers.Name(Role));
    }

    /// <summary>The page shows the key as lower-case base32 in groups of four, for people to type.</summary>
    private static Totp AuthenticatorFor(string sharedKey) =>
        new(Base32Encoding.ToBytes(sharedKey.Replace(" ", "").Trim().ToUpperInvariant()));
}
