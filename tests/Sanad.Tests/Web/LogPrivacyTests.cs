using System.Net.Http.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>Logs carry ids, never names or email addresses, at any level, through the main account journeys.</summary>
public sealed class LogPrivacyTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task No_log_line_holds_an_email_address_or_a_persons_name()
    {
        const string name = "Zainab Al-Khouri";
        const string email = "zainab.khouri@shelter.example";
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, agencyCode = "JO-KARAMA", roles = new[] { Roles.Caseworker } });
        await app.NewClient().SignInAsync(email, "Wrong-Password-1!");
        await app.NewClient().SignInAsync("nobody@nowhere.example", "Wrong-Password-1!");
        var (_, user) = await app.NewUserAsync(Roles.Police, "JO-PSD-AHTU");
        var client = await app.SignedInAsync(user);
        await client.EnrolAuthenticatorAsync();
        await client.GetAsync("/does-not-exist");

        Assert.NotEmpty(app.Logs.Lines);
        foreach (var line in app.Logs.Lines)
        {
            Assert.DoesNotContain(email, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(user, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("nobody@nowhere.example", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Demo Administrator", line, StringComparison.OrdinalIgnoreCase);
        }
    }
}
