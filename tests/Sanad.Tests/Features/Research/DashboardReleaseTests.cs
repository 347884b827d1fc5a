using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Features.Dashboards;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

/// <summary>
/// Charts and reports of the dashboards go through the privacy ledger like any release: prepared by a
/// researcher or a coordinator, served only once another coordinator approves, byte for byte the
/// file that was approved. On the dashboards' generated cases, so the figures are not empty.
/// </summary>
public sealed class DashboardReleaseTests(DashboardTests.World app) : IClassFixture<DashboardTests.World>
{
    private static Task<HttpResponseMessage> PublishChartAsync(HttpClient client, object input) => client.PostAsJsonAsync("/api/v1/research/releases/chart", input);

    private static Task<HttpResponseMessage> PublishReportAsync(HttpClient client, object input) => client.PostAsJsonAsync("/api/v1/research/releases/report", input);

    private async Task<HttpClient> SecondCoordinatorAsync()
    {
        var (_, email) = await app.NewUserAsync(Roles.Coordinator, "JO-MOSD");
        return app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "t")).Output.Trim());
    }

    [Fact]
    public async Task A_chart_release_leaves_only_after_approval_and_is_the_dashboards_own_CSV()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var prepared = await PublishChartAsync(researcher, new { chart = "victims-by-year", from = "2020-01-01", to = "2030-12-31", format = "csv", language = "fr" });
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var release = await prepared.JsonAsync();
        var id = release.GetProperty("id").GetString();
        Assert.Equal("chart", release.GetProperty("kind").GetString());
        Assert.Equal("prepared", release.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, release.GetProperty("datasetId").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, release.GetProperty("epsilon").ValueKind);
        Assert.StartsWith("small-count suppression", release.GetProperty("method").GetString());
        Assert.Equal("Victims identified by year and sex · From 2020-01-01, To 2030-12-31", release.GetProperty("source").GetString());
        var parameters = release.GetProperty("parameters");
        Assert.Equal("victims-by-year", parameters.GetProperty("chart").GetString());
        Assert.Equal("2020-01-01", parameters.GetProperty("filter").GetProperty("from").GetString());
        Assert.Equal("fr", parameters.GetProperty("language").GetString());
        Assert.Equal(5, parameters.GetProperty("minimumCount").GetInt32());
        var report = release.GetProperty("report");
        Assert.Equal(report.GetProperty("rows").GetInt32() * report.GetProperty("series").GetInt32(), report.GetProperty("cells").GetInt32());
        Assert.InRange(report.GetProperty("cellsSuppressed").GetInt32(), 0, report.GetProperty("cells").GetInt32());
        Assert.True(report.GetProperty("total").GetInt32() > 0);

        // Before approval: not published, not served, and the researcher cannot approve it.
        var viewer = await app.ApiAsync(Roles.Viewer);
        Assert.DoesNotContain((await (await viewer.GetAsync("/api/v1/releases")).JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await researcher.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);

        var coordinator = await app.ApiAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);

        var listed = Assert.Single((await (await viewer.GetAsync("/api/v1/releases")).JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        var download = await viewer.GetAsync($"/api/v1/releases/{id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(listed.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var dashboard = await researcher.GetByteArrayAsync("/api/v1/dashboards/victims-by-year/csv?from=2020-01-01&to=2030-12-31&lang=fr");
        Assert.Equal(dashboard, bytes);
        Assert.Contains("#date+year", System.Text.Encoding.UTF8.GetString(bytes));

        await app.AssertApprovedAfterARefusedDownloadAsync(id);
    }

    [Fact]
    public async Task A_coordinators_PNG_chart_needs_another_coordinator_and_is_a_PNG()
    {
        var coordinator = await app.ApiAsync(Roles.Coordinator);
        var release = await (await PublishChartAsync(coordinator, new { chart = "flows", country = "ph", format = "png", language = "ar" })).JsonAsync();
        var id = release.GetProperty("id").GetString();
        Assert.False(release.GetProperty("mayDecide").GetBoolean());
        Assert.Equal("PH", release.GetProperty("parameters").GetProperty("filter").GetProperty("country").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);

        var other = await SecondCoordinatorAsync();
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);
        var download = await coordinator.GetAsync($"/api/v1/releases/{id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        var png = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(release.GetProperty("byteCount").GetInt64(), png.Length);
    }

    [Fact]
    public async Task A_report_release_is_the_whole_dashboard_as_a_PDF_in_the_language_asked_for()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var prepared = await PublishReportAsync(researcher, new { from = "2000-01-01", language = "ar" });
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var release = await prepared.JsonAsync();
        var id = release.GetProperty("id").GetString();
        Assert.Equal("report", release.GetProperty("kind").GetString());
        Assert.Equal("The whole dashboard · From 2000-01-01", release.GetProperty("source").GetString());
        Assert.Equal(9, release.GetProperty("report").GetProperty("charts").GetArrayLength());
        // Small counts of the generated cases are suppressed somewhere, and the report says how many per chart.
        Assert.True(release.GetProperty("report").GetProperty("charts").EnumerateArray().Sum(c => c.GetProperty("cellsSuppressed").GetInt32()) > 0);
        Assert.Equal(HttpStatusCode.Conflict, (await researcher.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);

        var coordinator = await app.ApiAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);
        var download = await (await app.ApiAsync(Roles.Programme)).GetAsync($"/api/v1/releases/{id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(release.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        using var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount > 1, $"{read.PageCount} page(s)");
        Assert.Equal("تقرير لوحة المؤشرات", read.Info.Title);
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Programme)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Police)]
    [InlineData(Roles.Inspector)]
    public async Task Only_researchers_and_coordinators_publish_charts_and_reports(string role)
    {
        var client = await app.ApiAsync(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishChartAsync(client, new { chart = "flows", format = "csv", language = "en" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishReportAsync(client, new { language = "en" })).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_in_the_callers_language_and_nothing_is_recorded()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync());
        foreach (var (input, field) in new (object, string)[]
        {
            (new { chart = "victims-by-shoe-size", format = "csv", language = "en" }, "chart"),
            (new { chart = "flows", format = "svg", language = "en" }, "format"),
            (new { chart = "flows", format = "csv", language = "de" }, "language"),
            (new { chart = "flows", format = "csv" }, "language"),
            (new { chart = "flows", format = "csv", language = "en", from = "2025-13-01" }, "from"),
            (new { chart = "flows", format = "csv", language = "en", from = "2025-06-01", to = "2025-01-01" }, "to"),
            (new { chart = "flows", format = "csv", language = "en", country = "JOR" }, "country"),
            (new { chart = "flows", format = "csv", language = "en", agency = "not-an-id" }, "agency"),
        })
        {
            var response = await PublishChartAsync(researcher, input);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}");
        }
        var report = await PublishReportAsync(researcher, new { language = "xx" });
        Assert.Equal(HttpStatusCode.BadRequest, report.StatusCode);
        Assert.True((await report.JsonAsync()).GetProperty("errors").TryGetProperty("language", out _));

        // An agency id of the right form that names no agency would publish empty figures: refused too.
        var unknown = await PublishReportAsync(researcher, new { language = "en", agency = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("agency", out _));

        // Localised: the French caller reads French.
        using var french = new HttpRequestMessage(HttpMethod.Post, "/api/v1/research/releases/chart") { Content = JsonContent.Create(new { chart = "flows", format = "gif", language = "en" }) };
        french.Headers.AcceptLanguage.ParseAdd("fr");
        var refused = await researcher.SendAsync(french);
        Assert.Contains("Choisissez un format", (await refused.JsonAsync()).GetProperty("errors").GetProperty("format")[0].GetString());

        Assert.Equal(before, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync()));
    }

    [Fact]
    public async Task A_researcher_publishes_from_the_dashboards_page_and_finds_it_waiting_in_the_ledger()
    {
        var researcher = await app.SignedInAsync(Demo.Email(Roles.Researcher));
        var page = await researcher.GetPageAsync("/Dashboards?From=2021-01-01");
        Assert.Contains("Publish through the ledger", page);
        Assert.Contains("Publish the dashboard as a report (PDF)", page);

        var chart = await researcher.SubmitAsync("/Dashboards?From=2021-01-01",
            [new("chart", "means-of-control"), new("format", "png"), new("language", "en"), new("From", "2021-01-01"), new("To", ""), new("Country", ""), new("Agency", "")],
            "/Dashboards?handler=PublishChart");
        Assert.Equal(HttpStatusCode.Redirect, chart.StatusCode);
        Assert.StartsWith("/Research/Releases", chart.Headers.Location?.OriginalString);
        var report = await researcher.SubmitAsync("/Dashboards", [new("language", "fr")], "/Dashboards?handler=PublishReport");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);

        var ledger = await researcher.GetPageAsync("/Research/Releases");
        Assert.Contains("Means of control · From 2021-01-01", ledger);
        Assert.Contains("The whole dashboard · All cases of the node, every period", ledger);
        Assert.Contains("Awaiting approval", ledger);
        Assert.Contains("it waits for a coordinator", ledger);
        Assert.Matches(@"sanad-means-of-control-en-[0-9a-f]{8}\.png", ledger);
        Assert.Matches(@"sanad-dashboard-fr-[0-9a-f]{8}\.pdf", ledger);

        var bad = await researcher.SubmitAsync("/Dashboards", [new("chart", "flows"), new("format", "bmp"), new("language", "en")], "/Dashboards?handler=PublishChart");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose a format: CSV or PNG.", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_coordinator_rejects_a_chart_release_from_the_ledger_page_and_it_never_leaves()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var release = await (await PublishChartAsync(researcher, new { chart = "time-to-assistance", format = "csv", language = "en" })).JsonAsync();
        var id = release.GetProperty("id").GetString();

        var coordinator = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        var page = await coordinator.GetPageAsync("/Research/Releases");
        Assert.Contains("Time from identification to assistance · All cases of the node, every period", page);
        var rejected = await coordinator.SubmitAsync("/Research/Releases",
            [new("id", id!), new("version", "1"), new("note", "The bins of a week are too fine for this period.")], "/Research/Releases?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var entry = Assert.Single((await (await researcher.GetAsync("/api/v1/research/releases")).JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal("rejected", entry.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await researcher.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Viewer)).GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
    }

    [Fact]
    public async Task The_programme_manager_sees_the_dashboards_without_publish_forms_and_cannot_post_them()
    {
        var programme = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var page = await programme.GetPageAsync("/Dashboards");
        Assert.DoesNotContain("Publish through the ledger", page);
        Assert.DoesNotContain("publish-report", page);
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync());
        var posted = await programme.SubmitAsync("/Dashboards", [new("language", "en")], "/Dashboards?handler=PublishReport");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("/Account/AccessDenied", posted.Headers.Location?.OriginalString);
        Assert.Equal(before, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync()));
    }
}
