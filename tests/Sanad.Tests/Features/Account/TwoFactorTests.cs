using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Features.Admin;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Account;

public sealed partial class TwoFactorTests(SanadApp app) : IClassFixture<SanadApp>
{
    [GeneratedRegex("<li>([0-9A-Z]{5}-[0-9A-Z]{5})</li>")]
    private static partial Regex RecoveryCode();

    [Fact]
    public async Task Enrolled_user_needs_a_code_from_the_app_to_sign_in()
    {
        var (_, email) = await app.NewUserAsync(Roles.Police, "JO-PSD-AHTU");
        var client = await app.SignedInAsync(email);
        var key = await client.EnrolAuthenticatorAsync();

        var next = app.NewClient();
        var first = await next.SignInAsync(email);
        Assert.StartsWith("/Account/SignInTwoFactor", first.Headers.Location!.OriginalString);
        var wrong = await next.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", "000000"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The code is not correct", await wrong.Content.ReadAsStringAsync());
        var code = Forms.CurrentCode(key);
        var right = await next.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", code));
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Contains("Test police", await next.GetPageAsync("/"));

        // The same code, replayed within its 30 seconds, is refused.
        var replay = app.NewClient();
        await replay.SignInAsync(email);
        var replayed = await replay.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", code));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("The code is not correct", await replayed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var (_, email) = await app.NewUserAsync(Roles.Caseworker);
        var client = await app.SignedInAsync(email);
        var page = await client.GetPageAsync("/Account/TwoFactor");
        var key = Regex.Match(page, "id=\"shared-key\"[^>]*>([^<]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var enabled = await client.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Forms.CodeAt(key, -1) }, "/Account/TwoFactor?handler=Enable");
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);

        var once = app.NewClient();
        await once.SignInAsync(email);
        var used = await once.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", codes[0]), ("Input.IsRecoveryCode", "true"));
        Assert.Equal("/", used.Headers.Location!.OriginalString);

        var twice = app.NewClient();
        await twice.SignInAsync(email);
        var reused = await twice.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", codes[0]), ("Input.IsRecoveryCode", "true"));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task Enrolment_and_its_failures_are_audited()
    {
        var (id, email) = await app.NewUserAsync(Roles.Inspector, "JO-MOL-INSP");
        var client = await app.SignedInAsync(email);
        var failed = await client.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = "123456" }, "/Account/TwoFactor?handler=Enable");
        Assert.Contains("The code is not correct", await failed.Content.ReadAsStringAsync());
        await client.EnrolAuthenticatorAsync();
        var entries = await app.ScopedAsync(sp => sp.GetRequiredService<SearchAudit>().FindAsync(new AuditFilter(Action: "two-factor", TargetId: id.ToString())));
        Assert.Contains(entries.Items, e => e.Action == "two-factor.enrol" && e.Outcome == "Failure");
        Assert.Contains(entries.Items, e => e.Action == "two-factor.enabled" && e.Outcome == "Success");
    }

    [Fact]
    public async Task Admin_can_make_two_factor_mandatory_for_a_role()
    {
        var (_, email) = await app.NewUserAsync(Roles.Provider, "JO-LEGAL-AID");
        var token = (await app.CliAsync("token", "create", "--email", email, "--name", "gate")).Output.Trim();
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        var saved = await admin.SubmitAsync("/Admin/Settings",
            ("Input.Country", "JO"), ("Input.TimeZone", "Asia/Amman"), ("Input.Languages", "ar"), ("Input.Languages", "en"), ("Input.Languages", "fr"),
            ("Input.TwoFactorRequiredRoles", Roles.Provider));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        try
        {
            var provider = await app.SignedInAsync(email);
            var home = await provider.GetAsync("/Agencies");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal("/Account/TwoFactor?required=true", home.Headers.Location!.OriginalString);
            var api = await app.NewClient().WithToken(token).GetAsync("/api/v1/me");
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

            await provider.EnrolAuthenticatorAsync();
            Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/Agencies")).StatusCode);
            // The mandatory second factor cannot be turned off by its holder.
            var off = await provider.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string>(), "/Account/TwoFactor?handler=Disable");
            Assert.Contains("mandatory for your role", await off.Content.ReadAsStringAsync());
        }
        finally
        {
            await admin.SubmitAsync("/Admin/Settings",
                ("Input.Country", "JO"), ("Input.TimeZone", "Asia/Amman"), ("Input.Languages", "ar"), ("Input.Languages", "en"), ("Input.Languages", "fr"));
        }
    }

    [Fact]
    public async Task Admin_resets_a_lost_authenticator()
    {
        var (id, email) = await app.NewUserAsync(Roles.Caseworker);
        var client = await app.SignedInAsync(email);
        await client.EnrolAuthenticatorAsync();
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        var reset = await admin.SubmitAsync($"/Users/Edit/{id}", new Dictionary<string, string>(), $"/Users/Edit/{id}?handler=ResetTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var again = await app.NewClient().SignInAsync(email);
        Assert.Equal("/", again.Headers.Location!.OriginalString);
    }
}
