using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Research;
using Sanad.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

/// <summary>
/// Sanad's cases in the CTDC layout: cases opened through the API with known facts come out as the
/// documented mapping says, without any case id, reference or name, from the API, the page and the CLI.
/// </summary>
public sealed class CaseExportTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed record Opened(string CaseId, string Reference, string PersonId);

    private async Task<Opened> CaseAsync(HttpClient client, object person, object? facts = null, params object[] events)
    {
        var registered = await client.PostAsJsonAsync("/api/v1/people", person);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var personId = (await registered.JsonAsync()).GetProperty("id").GetString()!;
        var opened = await (await client.PostAsJsonAsync("/api/v1/cases", new { personId })).JsonAsync();
        var id = opened.GetProperty("id").GetString()!;
        if (facts is not null)
        {
            var version = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("version").GetInt32();
            var fields = JsonSerializer.SerializeToElement(facts).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
            fields["version"] = version;
            var saved = await client.PatchAsJsonAsync($"/api/v1/cases/{id}", fields);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
        foreach (var e in events)
        {
            var added = await client.PostAsJsonAsync($"/api/v1/cases/{id}/events", e);
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
        var reference = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("reference").GetString()!;
        return new Opened(id, reference, personId);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>The records of a dataset, each as column → value.</summary>
    private Task<List<Dictionary<string, string>>> RecordsAsync(Guid dataset) => app.ScopedAsync(async sp =>
    {
        var id = new DatasetId(dataset);
        var records = await sp.GetRequiredService<SanadDb>().StatisticalRecords.AsNoTracking().Where(r => r.DatasetId == id).OrderBy(r => r.Row).ToListAsync();
        return records.Select(r => CtdcLayout.Columns.ToDictionary(c => c.Name, c => r[c.Name]!)).ToList();
    });

    private static async Task<JsonElement> SnapshotAsync(HttpClient coordinator, string name)
    {
        var response = await coordinator.PostAsJsonAsync("/api/v1/research/datasets/from-cases", new { name });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Cases_with_known_facts_map_to_every_ctdc_column_and_unknowns_to_minus_99()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var eighteenToday = Today.AddYears(-18);
        // Eighteen today: an adult in the 18--20 band, a minor when recruited and when exploited.
        await CaseAsync(caseworker, new { givenName = "Asha", familyName = "Karki", sex = "female", nationality = "NP", dateOfBirth = Date(eighteenToday) },
            new
            {
                methodsOfControl = new[] { "DebtBondage", "WithholdsDocuments" }, labourExploitation = new[] { "DomesticWork" },
                recruiterRelationship = new[] { "Family", "IntimatePartner" },
            },
            new { type = "recruitment", country = "NP", date = Date(eighteenToday.AddYears(16)), means = new[] { "abduction", "deception" }, purposes = new[] { "forced-labour" } },
            new { type = "exploitation", country = "LB", date = Date(eighteenToday.AddYears(17).AddMonths(6)) });
        // Eighteen tomorrow: still a minor, in the 9--17 band; sexual and labour exploitation, and a forced marriage.
        await CaseAsync(caseworker, new { givenName = "Sok", familyName = "Chea", sex = "male", nationality = "KH", dateOfBirth = Date(eighteenToday.AddDays(1)) },
            new { sexExploitation = new[] { "Prostitution" }, labourIndustries = new[] { "C_Manufacturing" }, recruiterRelationship = new[] { "Unknown" } },
            new { type = "transit", country = "TH", means = new[] { "threat-or-force" }, purposes = new[] { "sexual-exploitation", "forced-marriage" } });
        // Nothing known beyond a name.
        await CaseAsync(caseworker, new { givenName = "Nobody", familyName = "Known", sex = "unknown" });
        // Years of birth only: 17 or 18 this year (no band covers both), 29 or 30 (the 18+ band does).
        await CaseAsync(caseworker, new { givenName = "Year", familyName = "Eighteen", sex = "female", nationality = "MM", yearOfBirth = Today.Year - 18 });
        await CaseAsync(caseworker, new { givenName = "Year", familyName = "Thirty", sex = "female", nationality = "LA", yearOfBirth = Today.Year - 30 });
        // Found not to be a victim: left out.
        var notVictim = await CaseAsync(caseworker, new { givenName = "Not", familyName = "Victim", sex = "male", nationality = "BT" });
        var decided = await caseworker.PostAsJsonAsync($"/api/v1/cases/{notVictim.CaseId}/identification", new { outcome = "not-a-victim", authority = "police", decidedOn = Date(Today) });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        var dataset = await SnapshotAsync(await app.ApiAsync(Roles.Coordinator), "Mapping");
        Assert.Equal("cases", dataset.GetProperty("kind").GetString());
        var records = await RecordsAsync(dataset.GetProperty("id").GetGuid());
        Assert.DoesNotContain(records, r => r["citizenship"] == "BT");

        var asha = Assert.Single(records, r => r["citizenship"] == "NP");
        var year = Today.Year.ToString();
        foreach (var (column, value) in new[]
        {
            ("yearOfRegistration", year), ("Datasource", "Case Management"), ("gender", "Female"), ("ageBroad", "18--20"), ("majorityStatus", "Adult"),
            ("majorityStatusAtExploit", "Minor"), ("majorityEntry", "Minor"), ("CountryOfExploitation", "LB"),
            ("meansOfControlDebtBondage", "1"), ("meansOfControlWithholdsDocuments", "1"), ("meansOfControlThreats", "0"), ("meansOfControlNotSpecified", "0"),
            ("meansOfControlConcatenated", "Debt bondage;Withholds documents"),
            ("isForcedLabour", "1"), ("isSexualExploit", "0"), ("isSexAndLabour", "0"), ("isOtherExploit", "0"), ("isForcedMarriage", "0"),
            ("typeOfExploitConcatenated", "Forced labour"), ("typeOfLabourDomesticWork", "1"), ("typeOfLabourConstruction", "0"), ("typeOfLabourNotSpecified", "0"),
            ("typeOfLabourConcatenated", "Domestic work"), ("typeOfSexProstitution", "0"), ("typeOfSexConcatenated", "-99"), ("isAbduction", "1"),
            ("RecruiterRelationship", "Family/Relative; Intimate Partner"), ("recruiterRelationFamily", "1"), ("recruiterRelationIntimatePartner", "1"),
            ("recruiterRelationFriend", "0"), ("recruiterRelationUnknown", "0"),
        })
            Assert.True(asha[column] == value, $"Asha's {column}: {asha[column]}, expected {value}");

        var sok = Assert.Single(records, r => r["citizenship"] == "KH");
        foreach (var (column, value) in new[]
        {
            ("gender", "Male"), ("ageBroad", "9--17"), ("majorityStatus", "Minor"), ("majorityStatusAtExploit", "-99"), ("majorityEntry", "-99"),
            ("CountryOfExploitation", "-99"), ("isForcedLabour", "1"), ("isSexualExploit", "1"), ("isSexAndLabour", "1"), ("isForcedMarriage", "1"),
            ("isOrganRemoval", "0"), ("typeOfExploitConcatenated", "Forced labour;Sexual exploitation;Forced marriage"), ("typeOfLabourManufacturing", "1"),
            ("typeOfSexProstitution", "1"), ("typeOfSexPornography", "0"), ("typeOfSexConcatenated", "Prostitution"), ("isAbduction", "0"),
            ("meansOfControlNotSpecified", "1"), ("meansOfControlDebtBondage", "-99"), ("RecruiterRelationship", "Not Specified"), ("recruiterRelationUnknown", "1"),
        })
            Assert.True(sok[column] == value, $"Sok's {column}: {sok[column]}, expected {value}");

        var unknown = Assert.Single(records, r => r["gender"] == "-99");
        foreach (var (column, value) in unknown)
            if (column is not ("yearOfRegistration" or "Datasource" or "meansOfControlNotSpecified"))
                Assert.True(value == "-99", $"Unknown case's {column}: {value}");
        Assert.Equal("1", unknown["meansOfControlNotSpecified"]);

        var seventeenOrEighteen = Assert.Single(records, r => r["citizenship"] == "MM");
        Assert.Equal(("-99", "-99"), (seventeenOrEighteen["ageBroad"], seventeenOrEighteen["majorityStatus"]));
        var twentyNineOrThirty = Assert.Single(records, r => r["citizenship"] == "LA");
        Assert.Equal(("18+", "Adult"), (twentyNineOrThirty["ageBroad"], twentyNineOrThirty["majorityStatus"]));
    }

    [Fact]
    public async Task A_snapshot_and_the_exported_file_hold_no_case_id_reference_or_name_and_read_back_whole()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var opened = new List<Opened>();
        for (var i = 0; i < 3; i++)
            opened.Add(await CaseAsync(caseworker, new { givenName = $"Marisol{i}", familyName = "Quispe", sex = "female", nationality = "PE", yearOfBirth = 1990 + i },
                new { labourExploitation = new[] { "Agriculture" } }, new { type = "exploitation", country = "CL", date = "2023-05-01" }));
        var secrets = opened.SelectMany(o => new[] { o.CaseId, o.CaseId.Replace("-", ""), o.Reference, o.PersonId }).Concat(["Marisol", "Quispe"]).ToList();

        var dataset = await SnapshotAsync(await app.ApiAsync(Roles.Coordinator), "No names");
        var records = await RecordsAsync(dataset.GetProperty("id").GetGuid());
        Assert.Equal(dataset.GetProperty("recordCount").GetInt32(), records.Count);
        var stored = string.Join('\n', records.Select(r => string.Join(',', r.Values)));
        foreach (var secret in secrets) Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);

        var path = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.csv");
        try
        {
            var run = await app.CliAsync("research", "export-cases", "--output", path);
            Assert.True(run.ExitCode == 0, run.Error);
            var text = await File.ReadAllTextAsync(path);
            foreach (var secret in secrets) Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            var read = CtdcReader.Read(path);
            Assert.True(read.Succeeded, string.Join("; ", read.Problems.Select(p => string.Format(p.MessageKey, p.Args))));
            Assert.True(read.Table!.RowCount >= 3);
            Assert.Equal(3, Enumerable.Range(0, read.Table.RowCount).Count(r => read.Table.Column("citizenship")[r] == "PE"));
            Assert.Contains($"Wrote {read.Table.RowCount} cases", run.Output);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.True(await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().AuditEntries.AnyAsync(e => e.Action == "research.cases-exported")));

        // A release is prepared from the snapshot like from an imported file.
        var researcher = await app.ApiAsync(Roles.Researcher);
        var prepared = await researcher.PrepareAsync(new { datasetId = dataset.GetProperty("id").GetString(), kind = "k-aggregates", length = 2, k = 2, resolution = 1 });
        Assert.True(prepared.StatusCode == HttpStatusCode.Created, await prepared.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.Coordinator, HttpStatusCode.Created)]
    [InlineData(Roles.Researcher, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Supervisor, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Caseworker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Provider, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Police, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Inspector, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Programme, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Viewer, HttpStatusCode.Forbidden)]
    public async Task Only_the_coordinator_takes_a_snapshot_of_the_cases(string role, HttpStatusCode expected)
    {
        await CaseAsync(await app.ApiAsync(Roles.Caseworker), new { givenName = "Role", familyName = "Check", sex = "female", nationality = "FJ" });
        var before = await CountAsync();
        var response = await (await app.ApiAsync(role)).PostAsJsonAsync("/api/v1/research/datasets/from-cases", new { name = "By " + role });
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before + (expected == HttpStatusCode.Created ? 1 : 0), await CountAsync());
    }

    [Fact]
    public async Task The_coordinator_takes_a_snapshot_from_the_research_page_and_the_researcher_cannot()
    {
        await CaseAsync(await app.ApiAsync(Roles.Caseworker), new { givenName = "Page", familyName = "Check", sex = "male", nationality = "WS" });

        var researcher = await app.SignedInAsync(Demo.Email(Roles.Researcher));
        var page = await researcher.GetPageAsync("/Research");
        Assert.DoesNotContain("snapshot-form", page);
        var before = await CountAsync();
        var refused = await researcher.SubmitAsync("/Research", [new("SnapshotName", "Sneaky")], "/Research?handler=FromCases");
        Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.AbsolutePath == "/Account/AccessDenied", $"{(int)refused.StatusCode}");
        Assert.Equal(before, await CountAsync());

        var coordinator = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        Assert.Contains("snapshot-form", await coordinator.GetPageAsync("/Research"));
        var taken = await coordinator.SubmitAsync("/Research", [new("SnapshotName", "Cases from the page")], "/Research?handler=FromCases");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var area = await coordinator.GetPageAsync("/Research");
        Assert.Contains("Cases from the page", area);
        Assert.Contains("Sanad&#x27;s cases", area);
        // The researcher sees the dataset (never its records) and prepares releases from it.
        Assert.Contains("Cases from the page", await researcher.GetPageAsync("/Research"));
    }

    private Task<int> CountAsync() => app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().StatisticalDatasets.CountAsync(d => d.Kind == DatasetKinds.Cases));
}
