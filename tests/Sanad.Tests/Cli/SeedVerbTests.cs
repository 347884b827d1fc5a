using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.People;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

public sealed partial class SeedVerbTests(SanadApp app) : IClassFixture<SanadApp>
{
    private sealed record Seeded(Guid Id, string Agency, Sex Sex, int? YearOfBirth, string? Nationality, PersonIdentity Identity);

    /// <summary>The people of the node with their opened identities, as the server's own sealer reads them.</summary>
    private Task<List<Seeded>> PeopleAsync() => app.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<SanadDb>();
        var sealer = sp.GetRequiredService<FieldSealer>();
        var rows = await db.People.IgnoreQueryFilters().AsNoTracking()
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p.Id, a.Code, p.Sex, p.YearOfBirth, p.Nationality, p.SealedIdentity }).ToListAsync();
        var people = new List<Seeded>();
        foreach (var row in rows)
            people.Add(new Seeded(row.Id.Value, row.Code, row.Sex, row.YearOfBirth, row.Nationality,
                await sealer.OpenAsync<PersonIdentity>(row.SealedIdentity, Person.RecordType, row.Id.Value)));
        return people;
    });

    private async Task<HttpClient> CaseworkerAsync() =>
        await app.ApiAsync(Roles.Caseworker);

    [GeneratedRegex(@"^JO-(\d{4})-\d{5}$")]
    private static partial Regex ReferenceFormat();

    [Fact]
    public async Task Seeding_200_writes_200_people_with_cases_readable_by_their_agency_found_as_duplicates_and_absent_from_the_file()
    {
        var before = (await PeopleAsync()).Select(p => p.Id).ToHashSet();
        var result = await app.CliAsync("seed", "--people", "200");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Seeded 200 people and 200 cases", result.Output);
        Assert.Contains("people/s", result.Output);

        var seeded = (await PeopleAsync()).Where(p => !before.Contains(p.Id)).ToList();
        Assert.Equal(200, seeded.Count);
        Assert.Subset(new HashSet<string> { "JO-KARAMA", "JO-PSD-AHTU", "JO-MOL-INSP", "JO-LEGAL-AID", "BE-PAYOKE", "BE-FEDPOL" }, seeded.Select(p => p.Agency).ToHashSet());
        Assert.True(seeded.Select(p => p.Agency).Distinct().Count() >= 4, "people are spread over the demo agencies");
        Assert.All(seeded, p => Assert.False(string.IsNullOrWhiteSpace(p.Identity.GivenName)));
        Assert.Contains(seeded, p => p.Identity.NameArabic is { Length: > 0 });

        var ids = seeded.Select(p => new PersonId(p.Id)).ToList();
        var cases = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.PersonId)).Select(c => new { c.Reference, c.OpenedAt, c.PersonId }).ToListAsync());
        Assert.Equal(200, cases.Count);
        Assert.Equal(200, cases.Select(c => c.PersonId).Distinct().Count());
        Assert.Equal(200, cases.Select(c => c.Reference).Distinct().Count());
        Assert.All(cases, c =>
        {
            var match = ReferenceFormat().Match(c.Reference);
            Assert.True(match.Success, c.Reference);
            Assert.Equal(c.OpenedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups[1].Value);
        });

        // The shelter's caseworker reads the name of one of the shelter's people through the API.
        var ownName = seeded.GroupBy(p => $"{p.Identity.GivenName} {p.Identity.FamilyName}").Where(g => g.Count() == 1).Select(g => g.Single())
            .First(p => p.Agency == "JO-KARAMA");
        var caseworker = await CaseworkerAsync();
        var view = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{ownName.Id}");
        Assert.Equal(ownName.Identity.GivenName, view.GetProperty("identity").GetProperty("givenName").GetString());
        Assert.Equal(ownName.Identity.FamilyName, view.GetProperty("identity").GetProperty("familyName").GetString());

        // Her name, typed again, finds her first.
        var response = await caseworker.PostAsJsonAsync("/api/v1/people/duplicates", new
        {
            name = $"{ownName.Identity.GivenName} {ownName.Identity.FamilyName}", sex = ownName.Sex.ToString().ToLowerInvariant(),
            yearOfBirth = ownName.YearOfBirth, nationality = ownName.Nationality,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var best = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates")[0];
        Assert.Equal(ownName.Id.ToString(), best.GetProperty("personId").GetString());

        if (app.Provider != DatabaseProvider.Sqlite) return;
        // The database file holds no name and no phone number in clear.
        SqliteConnection.ClearAllPools();
        var bytes = new List<byte[]>();
        foreach (var file in new[] { "sanad.db", "sanad.db-wal" }.Select(f => Path.Combine(app.Database.DataDirectory, f)).Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            bytes.Add(copy.ToArray());
        }
        Assert.NotEmpty(bytes);
        // The search itself works: what is stored in clear (an agency's name) is found.
        Assert.Contains(bytes, content => content.AsSpan().IndexOf("Dar Karama shelter"u8) >= 0);
        var secrets = seeded.SelectMany(p => new[] { $"{p.Identity.GivenName} {p.Identity.FamilyName}", p.Identity.NameArabic, p.Identity.Phone })
            .OfType<string>().Distinct().ToList();
        Assert.True(secrets.Count > 200);
        foreach (var secret in secrets)
        {
            var needle = Encoding.UTF8.GetBytes(secret);
            Assert.All(bytes, content => Assert.True(content.AsSpan().IndexOf(needle) < 0, $"a seeded name or phone is in clear in the file ({secret.Length} characters)"));
        }
    }

    [Fact]
    public async Task Seeding_for_one_agency_puts_everyone_there()
    {
        var before = (await PeopleAsync()).Select(p => p.Id).ToHashSet();
        var result = await app.CliAsync("seed", "--people", "7", "--agency", "jo-mol-insp");
        Assert.True(result.ExitCode == 0, result.Error);
        var added = (await PeopleAsync()).Where(p => !before.Contains(p.Id)).ToList();
        Assert.Equal(7, added.Count);
        Assert.All(added, p => Assert.Equal("JO-MOL-INSP", p.Agency));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("10000001")]
    public async Task A_count_out_of_range_is_refused(string count)
    {
        var result = await app.CliAsync("seed", "--people", count);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--people must be between 1 and 10,000,000", result.Error);
    }

    [Fact]
    public async Task An_unknown_agency_is_refused()
    {
        var result = await app.CliAsync("seed", "--people", "5", "--agency", "XX-NOWHERE");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("XX-NOWHERE", result.Error);
    }
}
