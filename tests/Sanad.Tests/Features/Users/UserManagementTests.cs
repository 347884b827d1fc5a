using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Users;

public sealed class UserManagementTests(SanadApp app) : IClassFixture<SanadApp>
{
    private async Task<HttpClient> AdminAsync() => await app.SignedInAsync(Demo.Email(Roles.Admin));

    [Fact]
    public async Task Admin_invites_a_person_who_chooses_a_password_and_signs_in()
    {
        var admin = await AdminAsync();
        var invited = await admin.SubmitAsync("/Users/Invite",
            ("Input.DisplayName", "Rania Haddad"), ("Input.Email", "rania@shelter.example"), ("Input.AgencyCode", "JO-KARAMA"),
            ("Input.Roles", Roles.Caseworker), ("Input.Language", "ar"));
        var html = await invited.Content.ReadAsStringAsync();
        var link = WebUtility.HtmlDecode(Regex.Match(html, "id=\"invitation-url\"[^>]*>([^<]+)<").Groups[1].Value);
        Assert.StartsWith("https://localhost/Account/AcceptInvitation?user=", link);
        Assert.DoesNotContain("rania", link, StringComparison.OrdinalIgnoreCase);

        // Before accepting, the account cannot sign in, whatever password is tried.
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().SignInAsync("rania@shelter.example", "Anything-2026!")).StatusCode);

        var person = app.NewClient();
        var path = new Uri(link).PathAndQuery;
        var weak = await person.SubmitAsync(path, ("Input.New", "weak"), ("Input.Confirm", "weak"));
        Assert.Contains("12", await weak.Content.ReadAsStringAsync());
        var accepted = await person.SubmitAsync(path, ("Input.New", "Rania-Chooses-2026!"), ("Input.Confirm", "Rania-Chooses-2026!"));
        Assert.Equal("/Account/SignIn", accepted.Headers.Location!.OriginalString);

        var signedIn = await app.SignedInAsync("rania@shelter.example", "Rania-Chooses-2026!");
        var home = await signedIn.GetPageAsync("/");
        Assert.Contains("dir=\"rtl\"", home);

        // The link works once.
        var again = await app.NewClient().GetPageAsync(path);
        Assert.Contains("no longer valid", again, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Inviting_through_the_api_returns_a_link_and_rejects_duplicates()
    {
        var admin = await AdminAsync();
        var body = new { email = "omar@ministry.example", displayName = "Omar", agencyCode = "JO-MOSD", roles = new[] { Roles.Coordinator } };
        var created = await admin.PostAsJsonAsync("/api/v1/users", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/Account/AcceptInvitation?user=", json.GetProperty("invitationUrl").GetString());

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", body);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var invalid = await admin.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", displayName = "", agencyCode = "JO-MOSD", roles = new[] { "superuser" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "email", "displayName", "roles" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Changing_roles_takes_effect_at_once_and_is_audited()
    {
        var (id, email) = await app.NewUserAsync(Roles.Caseworker);
        var user = await app.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/Users")).StatusCode);

        var admin = await AdminAsync();
        var saved = await admin.SubmitAsync($"/Users/Edit/{id}",
            ("Input.DisplayName", "Promoted"), ("Input.Email", email), ("Input.AgencyCode", "JO-KARAMA"),
            ("Input.Roles", Roles.Caseworker), ("Input.Roles", Roles.Supervisor));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The old session ends at once; the next sign-in carries the new role.
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/me")).StatusCode);
        var again = await app.SignedInAsync(email);
        var me = await again.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Contains(Roles.Supervisor, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=user.roles-changed&targetId={id}");
        Assert.Equal("+supervisor", audit.GetProperty("items")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_and_cannot_sign_in()
    {
        var (id, email) = await app.NewUserAsync(Roles.Police, "JO-PSD-AHTU");
        var user = await app.SignedInAsync(email);
        var admin = await AdminAsync();
        var disabled = await admin.SubmitAsync($"/Users/Edit/{id}", new Dictionary<string, string>(), $"/Users/Edit/{id}?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/")).StatusCode);
        var again = await app.NewClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/enable", null)).StatusCode);
        await app.SignedInAsync(email);
    }

    [Fact]
    public async Task The_admin_cannot_lock_themselves_out()
    {
        var admin = await AdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var id = me.GetProperty("id").GetString();
        var response = await admin.PostAsync($"/api/v1/users/{id}/disable", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("own account", await response.Content.ReadAsStringAsync());
        var demote = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { email = Demo.Email(Roles.Admin), displayName = "Demo Administrator", agencyCode = "JO-MOSD", roles = new[] { Roles.Viewer } });
        Assert.True(demote.StatusCode == HttpStatusCode.UnprocessableEntity, await demote.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_user_list_filters_by_agency_role_and_text()
    {
        var admin = await AdminAsync();
        var byRole = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?role=inspector");
        Assert.All(byRole.GetProperty("items").EnumerateArray(), u => Assert.Contains(Roles.Inspector, u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        var byAgency = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?agency=BE-MYRIA");
        Assert.All(byAgency.GetProperty("items").EnumerateArray(), u => Assert.Equal("BE-MYRIA", u.GetProperty("agencyCode").GetString()));
        Assert.True(byAgency.GetProperty("total").GetInt32() >= 1);
        var page = await admin.GetPageAsync("/Users?q=coordinator");
        Assert.Contains("Demo NRM Coordinator", page);
        Assert.DoesNotContain("Demo Viewer", page);
    }

    [Fact]
    public async Task The_admin_role_cannot_be_combined_with_a_role_that_sees_case_data()
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "both@example.org", displayName = "Both", agencyCode = "JO-MOSD", roles = new[] { Roles.Admin, Roles.Caseworker } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be combined", await response.Content.ReadAsStringAsync());
        var programme = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "admin-and-programme@example.org", displayName = "Ok", agencyCode = "JO-MOSD", roles = new[] { Roles.Admin, Roles.Programme } });
        Assert.Equal(HttpStatusCode.Created, programme.StatusCode);
    }

    [Fact]
    public async Task A_new_invitation_link_voids_the_old_one()
    {
        var admin = await AdminAsync();
        var first = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "late@example.org", displayName = "Late", agencyCode = "JO-KARAMA", roles = new[] { Roles.Caseworker } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = first.GetProperty("id").GetString();
        var again = await admin.SubmitAsync($"/Users/Edit/{id}", new Dictionary<string, string>(), $"/Users/Edit/{id}?handler=Reinvite");
        var newLink = WebUtility.HtmlDecode(Regex.Match(await again.Content.ReadAsStringAsync(), "id=\"invitation-url\"[^>]*>([^<]+)<").Groups[1].Value);
        Assert.NotEmpty(newLink);

        var person = app.NewClient();
        var old = await person.SubmitAsync(new Uri(first.GetProperty("invitationUrl").GetString()!).PathAndQuery, ("Input.New", "Late-Person-2026!"), ("Input.Confirm", "Late-Person-2026!"));
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var current = await person.SubmitAsync(new Uri(newLink).PathAndQuery, ("Input.New", "Late-Person-2026!"), ("Input.Confirm", "Late-Person-2026!"));
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
    }
}
