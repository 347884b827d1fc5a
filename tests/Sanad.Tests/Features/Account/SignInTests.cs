using System.Net;
using Sanad.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Account;

public sealed class SignInTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Demo_user_signs_in_and_sees_their_name()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var home = await client.GetPageAsync("/");
        Assert.Contains("Demo Caseworker", home);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_no_session()
    {
        var client = app.NewClient();
        var response = await client.SignInAsync(Demo.Email(Roles.Police), "Not-The-Password-1!");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not correct.", await response.Content.ReadAsStringAsync());
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("https://localhost/Account/SignIn", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var (_, email) = await app.NewUserAsync(Roles.Caseworker);
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            await client.SignInAsync(email, "Wrong-Password-99!");
        var response = await client.SignInAsync(email, Demo.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The account is locked", await response.Content.ReadAsStringAsync());
        var audit = await app.ScopedAsync(sp => new Sanad.Features.Admin.SearchAudit(sp.GetRequiredService<Sanad.Data.SanadDb>())
            .FindAsync(new Sanad.Features.Admin.AuditFilter(Action: "account.sign-in", Outcome: "Failure", PageSize: 500)));
        Assert.Contains(audit.Items, e => e.Detail == "locked-out");
        Assert.Contains(audit.Items, e => e.Detail == "wrong-password");
    }

    [Fact]
    public async Task Sign_in_is_audited_with_user_agency_and_address()
    {
        var (id, email) = await app.NewUserAsync(Roles.Inspector, "JO-MOL-INSP");
        await app.SignedInAsync(email);
        var audit = await app.ScopedAsync(sp => new Sanad.Features.Admin.SearchAudit(sp.GetRequiredService<Sanad.Data.SanadDb>())
            .FindAsync(new Sanad.Features.Admin.AuditFilter(Action: "account.sign-in", Actor: id)));
        var entry = Assert.Single(audit.Items);
        Assert.Equal("Success", entry.Outcome);
        Assert.NotNull(entry.ActorAgencyId);
        Assert.Equal(64, entry.Hash.Length);
    }

    [Fact]
    public async Task Session_cookie_is_secure_httponly_and_samesite_strict()
    {
        var response = await app.NewClient().SignInAsync(Demo.Email(Roles.Viewer));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sanad.auth="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_other_sessions()
    {
        var (_, email) = await app.NewUserAsync(Roles.Supervisor);
        var laptop = await app.SignedInAsync(email);
        var phone = await app.SignedInAsync(email);
        var response = await laptop.SubmitAsync("/Account/Profile", new Dictionary<string, string>(), "/Account/SignOut?everywhere=true");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await phone.GetAsync("/Account/Profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/SignIn", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = app.NewClient();
        var response = await client.SubmitAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            ("Input.Email", Demo.Email(Roles.Researcher)), ("Input.Password", Demo.Password), ("ReturnUrl", "https://evil.example/"));
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Missing_fields_get_a_translated_validation_message()
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await client.SubmitAsync("/Account/SignIn", ("Input.Email", ""), ("Input.Password", ""));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"fr\"", html);
        Assert.DoesNotContain("field is required", html);
    }
}
