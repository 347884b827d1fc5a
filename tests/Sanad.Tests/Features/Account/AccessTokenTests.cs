using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Account;

public sealed class AccessTokenTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task A_token_from_the_cli_authenticates_me()
    {
        var created = await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Caseworker), "--name", "dashboard", "--days", "30");
        Assert.Equal(0, created.ExitCode);
        var token = created.Output.Trim();
        Assert.StartsWith(PersonalAccessToken.Prefix, token);
        Assert.DoesNotContain('\n', token);

        var me = await app.NewClient().WithToken(token).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(Demo.Email(Roles.Caseworker), me.GetProperty("email").GetString());
        Assert.Equal("JO-KARAMA", me.GetProperty("agency").GetProperty("code").GetString());
        Assert.Equal([Roles.Caseworker], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("en", me.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Police), "--name", "hash-check")).Output.Trim();
        var stored = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().PersonalAccessTokens.AsNoTracking().Select(t => t.SecretHash).ToListAsync());
        Assert.DoesNotContain(token, stored);
        Assert.Contains(PersonalAccessToken.HashOf(token), stored);
    }

    [Fact]
    public async Task A_revoked_token_gets_401()
    {
        var (_, email) = await app.NewUserAsync(Roles.Inspector, "JO-MOL-INSP");
        var browser = await app.SignedInAsync(email);
        var created = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "script", days = 10 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        var api = app.NewClient().WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        var list = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me/tokens");
        Assert.Equal("script", list[0].GetProperty("name").GetString());
        Assert.False(list[0].TryGetProperty("token", out _), "the list must never show a secret");
        Assert.Contains("script", await browser.GetPageAsync("/Account/Profile"));

        var revoked = await browser.DeleteAsync($"/api/v1/me/tokens/{issued.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Supervisor), "--name", "old")).Output.Trim();
        var hash = PersonalAccessToken.HashOf(token);
        await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().PersonalAccessTokens.Where(t => t.SecretHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().WithToken(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_token_stops_working()
    {
        var (id, email) = await app.NewUserAsync(Roles.Caseworker);
        var token = (await app.CliAsync("token", "create", "--email", email, "--name", "soon-off")).Output.Trim();
        // Used once first, so the node remembers it: disabling must still stop it on the next request.
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().WithToken(token).GetAsync("/api/v1/me")).StatusCode);
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().WithToken(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData("sanad_pat_not-a-real-token")]
    [InlineData("something-else")]
    [InlineData("")]
    public async Task Unknown_tokens_get_401_with_a_problem_document(string token)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_and_does_not_exist_for_them()
    {
        var owner = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var issued = await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "mine", days = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        var other = await app.SignedInAsync(Demo.Email(Roles.Researcher));
        var attempt = await other.DeleteAsync($"/api/v1/me/tokens/{issued.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().WithToken(issued.GetProperty("token").GetString()!).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Token_input_is_validated_with_field_errors()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Viewer));
        var response = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "", days = 9999 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("days", out _));
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task A_token_cannot_mint_another_token()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Coordinator), "--name", "parent")).Output.Trim();
        var response = await app.NewClient().WithToken(token).PostAsJsonAsync("/api/v1/me/tokens", new { name = "child", days = 30 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_does_not_open_the_pages()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Caseworker), "--name", "pages")).Output.Trim();
        var client = app.NewClient().WithToken(token);
        foreach (var path in new[] { "/", "/Account/Tokens", "/Account/Profile" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/SignIn", response.Headers.Location!.AbsolutePath);
        }
    }
}
