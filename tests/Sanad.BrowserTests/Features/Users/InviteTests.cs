using Microsoft.Playwright;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Users;

[Collection(SanadCollection.Name)]
public sealed class InviteTests(SanadFixture sanad)
{
    [Fact]
    public async Task Admin_invites_a_caseworker_who_sets_a_password_and_signs_in()
    {
        const string name = "Invited Caseworker";
        const string email = "invited.caseworker@karama.example";
        const string password = "Invited-User-2026!";

        string invitationUrl;
        await using (var admin = await sanad.NewContextAsync())
        {
            var page = await admin.NewPageAsync();
            await page.SignInAsync(DemoUsers.Email("admin"), DemoUsers.Password, DemoUsers.Name("admin"));

            await page.GotoAsync("/Users/Invite");
            await page.Locator("#Input_DisplayName").FillAsync(name);
            await page.Locator("#Input_Email").FillAsync(email);
            await page.Locator("#Input_AgencyCode").SelectOptionAsync("JO-KARAMA");
            await page.Locator("#role-caseworker").CheckAsync();
            await page.Locator("main form button[type=submit]").ClickAsync();

            var link = page.Locator("#invitation-url");
            await Expect(link).ToContainTextAsync("/Account/AcceptInvitation");
            invitationUrl = (await link.InnerTextAsync()).Trim();
        }

        // The link travels to the person, who opens it in their own browser.
        await using var invited = await sanad.NewContextAsync();
        var own = await invited.NewPageAsync();
        await own.GotoAsync(invitationUrl);
        await own.Locator("#Input_New").FillAsync(password);
        await own.Locator("#Input_Confirm").FillAsync(password);
        await own.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();

        await own.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/SignIn");
        await Expect(own.Locator("main .alert-success")).ToContainTextAsync("Your account is ready.");

        await own.SignInAsync(email, password, name);
        await Expect(own.Locator("main")).ToContainTextAsync("Caseworker");
    }
}
