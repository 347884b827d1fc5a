using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Screening;

public sealed class ScreeningPageTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Theory]
    [InlineData("en", "Deceived about the nature of the job, location or employer", "Coercion at destination")]
    [InlineData("fr", "Tromperie sur la nature de l&#x27;emploi, le lieu de travail ou l&#x27;employeur", "Coercition à destination")]
    [InlineData("ar", "الخداع بشأن طبيعة العمل أو مكانه أو صاحب العمل", "الإكراه في مكان المقصد")]
    public async Task The_page_lists_the_indicators_by_dimension_in_the_page_language(string language, string indicator, string dimension)
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var html = await client.GetPageAsync("/Screening/Evaluate");
        Assert.Contains($"lang=\"{language}\"", html);
        Assert.Contains(indicator, html);
        Assert.Contains(dimension, html);
        Assert.Equal(67, System.Text.RegularExpressions.Regex.Matches(html, "name=\"Indicators\"").Count);
        Assert.DoesNotContain("<script>", html);
        // A slow field link: the whole form, with all indicators and both checklists, stays small.
        var size = System.Text.Encoding.UTF8.GetByteCount(html);
        Assert.True(size < 40_000, $"the screening page is {size} bytes");
    }

    [Fact]
    public async Task The_child_profile_lists_its_own_indicators()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Inspector));
        var html = await client.GetPageAsync("/Screening/Evaluate?profile=child-labour");
        Assert.Equal(65, System.Text.RegularExpressions.Regex.Matches(html, "name=\"Indicators\"").Count);
        Assert.DoesNotContain("value=\"vr.false_law\"", html);
    }

    [Fact]
    public async Task Submitting_the_form_shows_the_outcome_with_its_reasons()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Police));
        string[] keys = ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay", "cd.documents", "cd.debt"];
        var response = await client.SubmitAsync("/Screening/Evaluate",
            keys.Select(k => new KeyValuePair<string, string>("Indicators", k)).Prepend(new("Profile", "adult-labour")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Presumed victim of trafficking", html);
        Assert.Contains("This is an indication for referral, not a legal determination.", html);
        Assert.Contains("Met: 1 strong + 1 medium or weak", html);
        Assert.Contains("Met: 2 strong", html);
        Assert.Contains("Presumed victim of trafficking when (DR or CR or VR) and EX and (CD or VD)", html);
        Assert.Contains("delphi-adult", html);
        Assert.Contains("Catalogue version", html);
        Assert.Contains("value=\"cd.debt\" id=\"i-cd-debt\" checked=\"checked\"", html);
    }

    [Fact]
    public async Task The_result_is_shown_in_arabic_too()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var response = await client.SubmitAsync("/Screening/Evaluate", ("Profile", "adult-labour"), ("Indicators", "vd.dependency"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("لا تدلّ المؤشرات المحددة على الاتجار بالبشر", html);
        Assert.Contains("هذه دلالة لأغراض الإحالة، وليست قرارًا قانونيًا.", html);
    }

    [Fact]
    public async Task A_forged_indicator_key_is_named_on_the_page()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Supervisor));
        var response = await client.SubmitAsync("/Screening/Evaluate", ("Profile", "adult-labour"), ("Indicators", "zz.forged"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unknown indicator for the profile adult-labour: zz.forged.", html);
    }

    public static TheoryData<string> AllRoles() => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Only_the_roles_that_screen_open_the_page(string role)
    {
        var client = await app.SignedInAsync(Demo.Email(role));
        var response = await client.GetAsync("/Screening/Evaluate");
        if (Roles.ScreeningRoles.Contains(role))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied",
                $"{role}: {(int)response.StatusCode} {response.Headers.Location}");
    }
}
