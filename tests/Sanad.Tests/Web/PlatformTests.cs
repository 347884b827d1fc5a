using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

public sealed class PlatformTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/api/v1/me")]
    [InlineData("/health/live")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.NewClient().GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_contain_no_inline_script()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Admin));
        foreach (var path in new[] { "/", "/Users", "/Admin/Audit", "/Account/TwoFactor", "/Account/Tokens" })
        {
            var page = await client.GetPageAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", page);
            Assert.DoesNotContain(" style=\"", page);
            Assert.DoesNotContain(" onclick=", page);
        }
    }

    [Fact]
    public async Task Every_form_carries_an_antiforgery_token_and_a_post_without_it_is_refused()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Admin));
        var page = await client.GetPageAsync("/Users/Invite");
        var forms = System.Text.RegularExpressions.Regex.Matches(page, "<form[^>]*method=\"post\"[\\s\\S]*?</form>");
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value));
        var forged = await client.PostAsync("/Users/Invite", new FormUrlEncodedContent([new("Input.Email", "x@example.org")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_sign_in()
    {
        var client = app.NewClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api_and_the_reference_page_serves_it()
    {
        var client = app.NewClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/me", "/api/v1/agencies", "/api/v1/users", "/api/v1/me/tokens", "/api/v1/admin/audit" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var reference = await client.GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("swagger", await reference.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_errors_are_problem_documents_with_a_trace_id()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Viewer), "--name", "p")).Output.Trim();
        var client = app.NewClient().WithToken(token);
        var missing = await client.GetAsync($"/api/v1/agencies/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));

        var malformed = await client.PostAsync("/api/v1/me/tokens", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var body = await malformed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task A_missing_page_shows_the_translated_error_page()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\"", html);
    }

    [Fact]
    public async Task Pages_are_never_cached_but_versioned_assets_are_kept_and_the_page_budget_holds()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Admin));
        var response = await client.GetAsync("/Users");
        Assert.True(response.Headers.CacheControl?.NoStore);
        var html = await response.Content.ReadAsStringAsync();
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/lib/bootstrap/css/[^\"]+\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(css);
        var asset = await client.GetAsync(System.Net.WebUtility.HtmlDecode(css));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());
        // On a warm cache only the page travels: it must stay far below the 100 KB budget.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 30_000, $"/Users is {html.Length} bytes");
    }
}
