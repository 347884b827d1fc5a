using Microsoft.Playwright;

namespace Sanad.BrowserTests.Support;

/// <summary>
/// One demo user at their own browser, signed in and working in the language they chose from the
/// language menu. The menu saves the choice in the user's profile, which outlives this browser:
/// on dispose the user is put back to English, so tests that share the account are not left in
/// another language.
/// </summary>
internal sealed class Desk : IAsyncDisposable
{
    private readonly IBrowserContext context;

    public IPage Page { get; }
    public string Role { get; }

    private Desk(IBrowserContext context, IPage page, string role)
    {
        this.context = context;
        Page = page;
        Role = role;
    }

    public static async Task<Desk> SignInAsync(SanadFixture sanad, string role, string language)
    {
        var context = await sanad.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            // A person asked "are you sure?" answers yes: the journeys only click what they mean.
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await page.SignInAsync(DemoUsers.Email(role), DemoUsers.Password, DemoUsers.Name(role));
            if (await page.Locator("html").GetAttributeAsync("lang") != language)
                await page.ChooseLanguageAsync(language);
            return new Desk(context, page, role);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.GotoAsync("/");
            if (await Page.Locator("html").GetAttributeAsync("lang") != "en")
                await Page.ChooseLanguageAsync("en");
        }
        catch (PlaywrightException)
        {
            // Best effort: a failed journey must report its own failure, not this clean-up's.
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
