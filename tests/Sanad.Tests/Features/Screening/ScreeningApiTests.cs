using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Screening;

public sealed class ScreeningApiTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static readonly string[] PresumedAdult = ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay", "cd.documents", "cd.debt"];

    private async Task<HttpClient> TokenClientAsync(string role)
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(role), "--name", "screen-" + Guid.NewGuid().ToString("N")[..6])).Output.Trim();
        return app.NewClient().WithToken(token);
    }

    public static TheoryData<string> AllRoles() => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Only_the_roles_that_screen_may_evaluate(string role)
    {
        var client = await TokenClientAsync(role);
        var response = await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "adult-labour", indicators = PresumedAdult });
        var screens = role is Roles.Caseworker or Roles.Supervisor or Roles.Coordinator or Roles.Police or Roles.Inspector or Roles.Provider;
        Assert.True(response.StatusCode == (screens ? HttpStatusCode.OK : HttpStatusCode.Forbidden), $"{role}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_result_names_outcome_reasons_rule_version_and_htcds_codes()
    {
        var client = await TokenClientAsync(Roles.Inspector);
        var result = await (await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "adult-labour", indicators = PresumedAdult }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("presumed-victim", result.GetProperty("outcome").GetString());
        Assert.Equal("Presumed victim of trafficking", result.GetProperty("outcomeName").GetString());
        Assert.Equal("1.0", result.GetProperty("catalogueVersion").GetString());
        Assert.Equal("delphi-adult: presumed-victim when (DR or CR or VR) and EX and (CD or VD)", result.GetProperty("rule").GetString());
        Assert.StartsWith("delphi-2009: positive with at least 2 strong; or 1 strong + 1 medium or weak", result.GetProperty("dimensionRule").GetString());
        var dr = result.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DR");
        Assert.True(dr.GetProperty("positive").GetBoolean());
        Assert.Equal("1 strong + 1 medium or weak", dr.GetProperty("metBy").GetString());
        Assert.Equal(["dr.job_nature", "dr.wages"], dr.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal("strong", dr.GetProperty("indicators")[0].GetProperty("strength").GetString());
        var vd = result.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "VD");
        Assert.False(vd.GetProperty("positive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, vd.GetProperty("metBy").ValueKind);
        Assert.Equal(["FalsePromises", "ExcessiveWorkingHours", "WithholdsDocuments", "DebtBondage"],
            result.GetProperty("methodsOfControl").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["ForcedLabour"], result.GetProperty("exploitationTypes").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("not a legal determination", result.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Texts_follow_the_callers_language()
    {
        var client = await TokenClientAsync(Roles.Caseworker);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var result = await (await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "child-labour", indicators = new[] { "dr.job_nature", "dr.education", "ex.hours", "ex.pay" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("presumed-victim", result.GetProperty("outcome").GetString());
        Assert.Equal("ضحية مفترضة للاتجار بالبشر", result.GetProperty("outcomeName").GetString());
        Assert.Equal("التجنيد بالخداع (بما في ذلك التنقيل والنقل)", result.GetProperty("dimensions")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("en", "Unknown screening profile 'adult-sexual'.")]
    [InlineData("fr", "Profil de filtrage inconnu : « adult-sexual ».")]
    public async Task An_unknown_profile_is_a_translated_422_naming_it(string language, string detail)
    {
        var client = await TokenClientAsync(Roles.Police);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "adult-sexual", indicators = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("profile", out _));
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task An_unknown_indicator_is_a_422_naming_it()
    {
        var client = await TokenClientAsync(Roles.Provider);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var response = await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "child-labour", indicators = new[] { "ex.hours", "vr.false_law" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("مؤشر غير معروف في ملف الفحص child-labour: vr.false_law.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_request_without_a_profile_is_a_validation_problem()
    {
        var client = await TokenClientAsync(Roles.Supervisor);
        var response = await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { indicators = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("profile", out _));
    }

    [Fact]
    public async Task Evaluating_writes_nothing_to_the_audit_trail()
    {
        var client = await TokenClientAsync(Roles.Coordinator);
        var before = app.Scoped(s => s.GetRequiredService<Sanad.Data.SanadDb>().AuditEntries.Count());
        await client.PostAsJsonAsync("/api/v1/screenings/evaluate", new { profile = "adult-labour", indicators = PresumedAdult });
        Assert.Equal(before, app.Scoped(s => s.GetRequiredService<Sanad.Data.SanadDb>().AuditEntries.Count()));
    }
}
