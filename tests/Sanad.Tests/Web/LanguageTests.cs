using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

public sealed class LanguageTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Theory]
    [InlineData("ar", "rtl", "bootstrap.rtl.min.css", "تسجيل الدخول")]
    [InlineData("fr", "ltr", "bootstrap.min.css", "Se connecter")]
    [InlineData("en", "ltr", "bootstrap.min.css", "Sign in")]
    public async Task The_browser_language_picks_the_page_language_and_direction(string language, string direction, string stylesheet, string signIn)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await client.GetPageAsync("/Account/SignIn");
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", page);
        Assert.Contains(stylesheet, page);
        Assert.Contains(signIn, page);
    }

    [Fact]
    public async Task The_chosen_language_is_kept_in_the_profile_and_beats_the_browser()
    {
        var (_, email) = await app.NewUserAsync(Roles.Caseworker);
        var client = await app.SignedInAsync(email);
        var switched = await client.SubmitAsync("/", new Dictionary<string, string> { ["language"] = "ar", ["returnUrl"] = "/Account/Profile" }, "/Account/Language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var elsewhere = app.NewClient();
        elsewhere.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        await elsewhere.SignInAsync(email);
        var page = await elsewhere.GetPageAsync("/Account/Profile");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        var me = await elsewhere.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("ar", me.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Api_errors_come_in_the_callers_language()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Admin), "--name", "fr")).Output.Trim();
        var client = app.NewClient().WithToken(token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await client.PostAsJsonAsync("/api/v1/agencies", new { code = "", nameEn = "", kind = "ngo", country = "JO" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("code")[0].GetString();
        Assert.Contains("obligatoire", message);
        Assert.NotEqual("One or more validation errors occurred.", problem.GetProperty("title").GetString());
    }
}
