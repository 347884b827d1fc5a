using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Research;
using Sanad.Tests.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

/// <summary>CTDC files into statistical datasets: the real sample whole, a malformed file not at all.</summary>
public sealed class DatasetImportTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task The_real_sample_imports_with_every_record_and_the_file_hash()
    {
        var researcher = await app.ApiAsync(Roles.Researcher);
        var response = await researcher.ImportAsync(ResearchHelpers.Sample, "CTDC global sample");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = await response.JsonAsync();
        Assert.Equal(ResearchHelpers.SampleRecords, dataset.GetProperty("recordCount").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ResearchHelpers.Sample)), dataset.GetProperty("sha256").GetString());
        Assert.Equal("imported", dataset.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(dataset.GetProperty("createdBy").GetString()));

        // Stored cell for cell: every row of the file is a record, in order.
        var id = new DatasetId(dataset.GetProperty("id").GetGuid());
        var rows = CtdcSample.Rows(CtdcSample.Path);
        var stored = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().StatisticalRecords.AsNoTracking().Where(r => r.DatasetId == id).OrderBy(r => r.Row).ToListAsync());
        Assert.Equal(rows.Length - 1, stored.Count);
        foreach (var (record, index) in new[] { (stored[0], 1), (stored[^1], rows.Length - 1) })
            for (var c = 0; c < rows[0].Length; c++)
                Assert.Equal(rows[index][c], record[rows[0][c]]);

        var listed = await (await researcher.GetAsync("/api/v1/research/datasets")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("id").GetGuid() == id.Value);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_whole_with_its_line_numbers()
    {
        var lines = File.ReadAllLines(CtdcSample.Path);
        var fields = lines[3].Split(',');
        fields[10] = "yes";
        lines[3] = string.Join(',', fields);
        lines[5] = "2019,Hotline";
        var coordinator = await app.ApiAsync(Roles.Coordinator);
        var before = await CountAsync();

        var response = await coordinator.ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "broken");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.JsonAsync()).GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(problems, p => p.Contains("2 problems"));
        Assert.Contains(problems, p => p.StartsWith("Line 4:") && p.Contains("'yes'"));
        Assert.Contains(problems, p => p.StartsWith("Line 6:") && p.Contains("2 fields"));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData(Roles.Researcher, HttpStatusCode.Created)]
    [InlineData(Roles.Coordinator, HttpStatusCode.Created)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Caseworker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Supervisor, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Provider, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Police, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Inspector, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Programme, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Viewer, HttpStatusCode.Forbidden)]
    public async Task Only_researchers_and_coordinators_import_and_list_datasets(string role, HttpStatusCode expected)
    {
        var client = await app.ApiAsync(role);
        var header = File.ReadLines(CtdcSample.Path).Take(12);
        Assert.Equal(expected, (await client.ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', header)))).StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/research/datasets")).StatusCode);
    }

    [Fact]
    public async Task The_operator_imports_from_the_command_line_and_a_bad_file_leaves_nothing()
    {
        var before = await CountAsync();
        var ok = await app.CliAsync("research", "import", "--input", CtdcSample.Path, "--name", "From the host");
        Assert.True(ok.ExitCode == 0, ok.Error);
        Assert.Contains($"Imported {ResearchHelpers.SampleRecords} records", ok.Output);

        var bad = Path.GetTempFileName();
        File.WriteAllLines(bad, File.ReadLines(CtdcSample.Path).Take(3).Append("2019"));
        var refused = await app.CliAsync("research", "import", "--input", bad, "--name", "Bad");
        File.Delete(bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Line 4:", refused.Error);
        Assert.Equal(before + 1, await CountAsync());
    }

    private Task<int> CountAsync() => app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().StatisticalDatasets.CountAsync());
}
