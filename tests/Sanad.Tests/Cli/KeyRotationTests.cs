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
        var client = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Caseworker), "--name", "k")).Output.Trim());
        var ids = new List<string>();
        foreach (var name in new[] { "Mekdes", "Marites", "Nimali" })
        {
            var created = await client.PostAsJsonAsync("/api/v1/people", new { givenName = name, familyName = "Test", sex = "female", phone = "+94771234567" });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().Select(p => p.SealedIdentity).ToListAsync());

        var result = await app.CliAsync("keys", "rotate");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("3 record(s) re-sealed; 1 old key(s) retired", result.Output);

        var keys = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().DataKeys.Where(k => k.Purpose == DataKeyPurpose.Fields).ToListAsync());
        var active = Assert.Single(keys, k => k.RetiredAt is null);
        var people = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().ToListAsync());
        Assert.All(people, p => Assert.Equal(active.Id, p.IdentityKeyId));
        Assert.All(people, p => Assert.DoesNotContain(before, b => b.AsSpan().SequenceEqual(p.SealedIdentity)));

        // The running node reads the re-sealed records (its cached active key is only used for new records).
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{ids[0]}");
        Assert.Equal("Mekdes", first.GetProperty("identity").GetProperty("givenName").GetString());
        var audit = await app.CliAsync("audit", "verify");
        Assert.Equal(0, audit.ExitCode);
    }
}
