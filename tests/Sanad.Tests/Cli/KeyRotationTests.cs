using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Encryption;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

public sealed class KeyRotationTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Rotation_reseals_every_person_with_a_new_key_and_nothing_is_lost()
    {
        var client = await app.ApiAsync(Roles.Caseworker);
        var ids = new List<string>();
        foreach (var name in new[] { "Mekdes", "Marites", "Nimali" })
        {
            var created = await client.PostAsJsonAsync("/api/v1/people", new { givenName = name, familyName = "Test", sex = "female", phone = "+94771234567" });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }
        var opened = await client.PostAsJsonAsync("/api/v1/cases", new { personId = ids[0] });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/identification", new { outcome = "presumed", authority = "ngo", decidedOn = "2026-11-01", basis = "Documents withheld." });
        await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/screenings", new { profile = "adult-labour", indicators = new[] { "dr.job_nature" }, language = "tl" });
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().Select(p => p.SealedIdentity).ToListAsync());

        var result = await app.CliAsync("keys", "rotate");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("5 record(s) re-sealed; 1 old key(s) retired", result.Output);

        var keys = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().DataKeys.Where(k => k.Purpose == DataKeyPurpose.Fields).ToListAsync());
        var active = Assert.Single(keys, k => k.RetiredAt is null);
        var people = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().ToListAsync());
        Assert.All(people, p => Assert.Equal(active.Id, p.IdentityKeyId));
        Assert.All(people, p => Assert.DoesNotContain(before, b => b.AsSpan().SequenceEqual(p.SealedIdentity)));

        // The running node reads the re-sealed records (its cached active key is only used for new records).
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{ids[0]}");
        Assert.Equal("Mekdes", first.GetProperty("identity").GetProperty("givenName").GetString());
        var decisions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/identification");
        Assert.Equal("Documents withheld.", decisions[0].GetProperty("basis").GetString());
        var screenings = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/screenings");
        Assert.Equal("dr.job_nature", screenings[0].GetProperty("indicators")[0].GetString());
        var decisionKeys = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().IdentificationDecisions.Select(d => d.SealedBasis!).ToListAsync());
        Assert.All(decisionKeys, sealedBasis => Assert.Equal(active.Id, Sanad.Security.Encryption.FieldSealer.KeyIdOf(sealedBasis)));
        var audit = await app.CliAsync("audit", "verify");
        Assert.Equal(0, audit.ExitCode);
    }
}
