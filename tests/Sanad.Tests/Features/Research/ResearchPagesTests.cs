using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

/// <summary>The research area from the browser: upload, prepare, and the coordinator's approval, then the download.</summary>
public sealed class ResearchPagesTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task A_researcher_uploads_and_prepares_and_a_coordinator_approves_from_the_pages()
    {
        var researcher = await app.SignedInAsync(Demo.Email(Roles.Researcher));
        var uploaded = await researcher.UploadAsync("/Research", "/Research", "upload", ResearchHelpers.Sample, "ctdc-pages.csv");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var area = await researcher.GetPageAsync("/Research");
        Assert.Contains("ctdc-pages", area);
        Assert.Contains(ResearchHelpers.SampleRecords.ToString("N0"), area);

        var datasetId = System.Text.RegularExpressions.Regex.Match(await researcher.GetPageAsync("/Research/Prepare"), "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var prepared = await researcher.SubmitAsync("/Research/Prepare", ("Input.DatasetId", datasetId), ("Input.Kind", "k-aggregates"), ("Input.K", "11"), ("Input.Length", "2"), ("Input.Resolution", "5"));
        Assert.Equal(HttpStatusCode.Redirect, prepared.StatusCode);
        var ledger = await researcher.GetPageAsync("/Research/Releases");
        Assert.Contains("Awaiting approval", ledger);
        Assert.DoesNotContain("handler=Download", ledger);
        Assert.DoesNotContain("handler=Approve", ledger);

        var coordinator = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        var page = await coordinator.GetPageAsync("/Research/Releases");
        var release = System.Text.RegularExpressions.Regex.Match(page, "id=\"release-([0-9a-f-]{36})\"").Groups[1].Value;
        var approved = await coordinator.SubmitAsync("/Research/Releases", [new("id", release), new("version", "1")], "/Research/Releases?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var download = await researcher.GetAsync($"/Research/Releases?handler=Download&id={release}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("combination,count", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_malformed_upload_shows_its_problems_by_line_in_the_users_language()
    {
        var researcher = await app.SignedInAsync(Demo.Email(Roles.Researcher));
        var lines = File.ReadLines(CtdcSample.Path).Take(4).Append("2019,Hotline");
        var response = await researcher.UploadAsync("/Research", "/Research", "upload", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)), "bad.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Line 5: 2 fields instead of 63.", page);
        Assert.Contains("nothing was stored", page);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Programme)]
    [InlineData(Roles.Viewer)]
    public async Task Other_roles_are_kept_out_of_the_research_area(string role)
    {
        var client = await app.SignedInAsync(Demo.Email(role));
        foreach (var path in new[] { "/Research", "/Research/Prepare", "/Research/Releases" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied", $"{role} GET {path}: {(int)response.StatusCode}");
        }
    }
}
