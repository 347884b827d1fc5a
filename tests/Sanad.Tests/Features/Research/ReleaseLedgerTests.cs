using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

/// <summary>A node whose datasets may spend at most epsilon 5 on DP releases.</summary>
public sealed class SmallBudgetApp : SanadApp
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Research:EpsilonCap"] = "5" };
}

/// <summary>The privacy ledger: nothing leaves Sanad before a coordinator other than the preparer approves it.</summary>
public sealed class ReleaseLedgerTests(SmallBudgetApp app) : IClassFixture<SmallBudgetApp>
{
    [Fact]
    public async Task A_release_is_downloadable_only_once_a_coordinator_approves_it()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var dataset = await researcher.ImportedIdAsync();
        var prepared = await researcher.PrepareAsync(new { datasetId = dataset, kind = "k-anonymised-microdata", k = 11 });
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var release = await prepared.JsonAsync();
        var id = release.GetProperty("id").GetString();
        Assert.Equal("prepared", release.GetProperty("status").GetString());
        Assert.Equal(0, release.GetProperty("report").GetProperty("recordsDropped").GetInt32());
        Assert.Equal(ResearchHelpers.SampleRecords, release.GetProperty("report").GetProperty("recordsOut").GetInt32());

        // Before approval: not published, not downloadable by anyone.
        var viewer = await app.ApiAsync(Roles.Viewer);
        Assert.DoesNotContain((await (await viewer.GetAsync("/api/v1/releases")).JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await researcher.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        // The researcher cannot approve it.
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);

        var coordinator = await app.ApiAsync(Roles.Coordinator);
        var approved = await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.JsonAsync()).GetProperty("status").GetString());

        var published = await (await viewer.GetAsync("/api/v1/releases")).JsonAsync();
        var listed = Assert.Single(published.EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(11, listed.GetProperty("parameters").GetProperty("k").GetInt32());
        var download = await viewer.GetAsync($"/api/v1/releases/{id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(listed.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.StartsWith("yearOfRegistration,Datasource,gender,ageBroad", System.Text.Encoding.UTF8.GetString(bytes));

        await app.AssertApprovedAfterARefusedDownloadAsync(id);
    }

    [Fact]
    public async Task A_coordinator_cannot_approve_their_own_release_and_a_rejected_one_never_leaves()
    {
        var coordinator = await app.ApiAsync(Roles.Coordinator);
        var dataset = await coordinator.ImportedIdAsync();
        var prepared = await (await coordinator.PrepareAsync(new { datasetId = dataset, kind = "k-aggregates", length = 2, k = 11, resolution = 5 })).JsonAsync();
        var id = prepared.GetProperty("id").GetString();
        Assert.False(prepared.GetProperty("mayDecide").GetBoolean());

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 1 })).StatusCode);

        var (_, email) = await app.NewUserAsync(Roles.Coordinator, "JO-MOSD");
        var other = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "t")).Output.Trim());
        var noReason = await other.PostAsJsonAsync($"/api/v1/research/releases/{id}/reject", new { version = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync($"/api/v1/research/releases/{id}/reject", new { version = 1, note = "Counts of 5 are too fine for this audience." })).StatusCode);
        // Decided once: approving a rejected release is refused, and it is never served.
        Assert.Equal(HttpStatusCode.Conflict, (await other.PostAsJsonAsync($"/api/v1/research/releases/{id}/approve", new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.GetAsync($"/api/v1/releases/{id}/download")).StatusCode);
        var ledger = await (await coordinator.GetAsync("/api/v1/research/releases")).JsonAsync();
        var entry = Assert.Single(ledger.EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal("rejected", entry.GetProperty("status").GetString());
        Assert.Equal("Counts of 5 are too fine for this audience.", entry.GetProperty("decisionNote").GetString());
    }

    [Fact]
    public async Task DP_releases_are_capped_per_dataset_and_a_rejected_one_gives_its_epsilon_back()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var dataset = await researcher.ImportedIdAsync();
        var first = await researcher.PrepareAsync(new { datasetId = dataset, kind = "dp-aggregates", length = 2, epsilon = 4, columns = "gender,ageBroad,citizenship" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var release = await first.JsonAsync();
        Assert.Equal(4, release.GetProperty("epsilon").GetDouble());
        Assert.True(release.GetProperty("report").GetProperty("differentialPrivacy").GetProperty("utility").GetProperty("meanAbsoluteError").GetDouble() >= 0);

        var over = await researcher.PrepareAsync(new { datasetId = dataset, kind = "dp-aggregates", length = 2, epsilon = 1.5 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        var problem = await over.JsonAsync();
        Assert.Contains("past the cap of 5", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("epsilon", out _));

        var datasets = await (await researcher.GetAsync("/api/v1/research/datasets")).JsonAsync();
        Assert.Equal(4, datasets.EnumerateArray().Single(d => d.GetProperty("id").GetString() == dataset).GetProperty("epsilonSpent").GetDouble());

        var coordinator = await app.ApiAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/research/releases/{release.GetProperty("id").GetString()}/reject", new { version = 1, note = "Too costly." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await researcher.PrepareAsync(new { datasetId = dataset, kind = "dp-aggregates", length = 2, epsilon = 1.5 })).StatusCode);
    }

    [Fact]
    public async Task Bad_parameters_are_refused_naming_the_field_and_nothing_is_recorded()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var dataset = await researcher.ImportedIdAsync();
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync());
        foreach (var (input, field) in new (object, string)[]
        {
            (new { datasetId = dataset, kind = "k-anonymised-microdata", k = 1 }, "k"),
            (new { datasetId = dataset, kind = "k-anonymised-microdata", k = 11, quasiIdentifiers = "gender,shoeSize" }, "quasiIdentifiers"),
            (new { datasetId = dataset, kind = "k-aggregates", length = 2, k = 10, resolution = 20 }, "resolution"),
            (new { datasetId = dataset, kind = "dp-aggregates", length = 2 }, "epsilon"),
            (new { datasetId = dataset, kind = "synthetic" }, "kind"),
            (new { datasetId = Guid.NewGuid(), kind = "k-aggregates", length = 2, k = 10, resolution = 5 }, "datasetId"),
        })
        {
            var response = await researcher.PrepareAsync(input);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}");
        }
        Assert.Equal(before, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Releases.CountAsync()));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Police)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Programme)]
    [InlineData(Roles.Viewer)]
    public async Task Other_roles_neither_prepare_nor_see_the_ledger(string role)
    {
        var client = await app.ApiAsync(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/research/releases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PrepareAsync(new { datasetId = Guid.NewGuid(), kind = "k-aggregates" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/research/releases/{Guid.NewGuid()}/approve", new { version = 1 })).StatusCode);
        // Approved releases are for the researcher, coordinator, programme manager and viewer.
        var expected = role is Roles.Programme or Roles.Viewer ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(expected, (await client.GetAsync("/api/v1/releases")).StatusCode);
    }
}
