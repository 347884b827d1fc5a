using Microsoft.Playwright;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Web;

/// <summary>
/// The node's policy allows no inline script or style (Web/SecurityHeaders.cs). Chromium reports
/// every blocked script, style or image on the console, which is where a regression would show.
/// </summary>
[Collection(SanadCollection.Name)]
public sealed class ContentSecurityPolicyTests(SanadFixture sanad)
{
    // Its own demo user: opening the enrolment page gives the account an authenticator key.
    private const string Role = "inspector";

    [Fact]
    public async Task Sign_in_home_and_two_factor_pages_break_no_content_security_policy_rule()
    {
        await using var browser = await sanad.NewContextAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"{page.Url}: {message.Text}");
        };

        await page.GotoAsync("/Account/SignIn");
        // The one script the pages use did run: it hides the language picker's button.
        await Expect(page.Locator("form[data-auto-submit] button[type=submit]")).ToBeHiddenAsync();

        await page.SignInAsync(DemoUsers.Email(Role), DemoUsers.Password, DemoUsers.Name(Role));

        await page.GotoAsync("/Account/TwoFactor");
        // The QR code is a data: image, which the policy must allow.
        await Expect(page.Locator("img.qr-code")).ToBeVisibleAsync();
        Assert.True(await page.Locator("img.qr-code").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"),
            "The QR code image did not render.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        string[] seen;
        lock (errors) seen = [.. errors];
        Assert.DoesNotContain(seen, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(seen);
    }
}
