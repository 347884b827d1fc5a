using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Agencies;
using Sanad.Features.Seeding;

namespace Sanad.Bench.Identify;

/// <summary>The files wrk cycles through: names to search for, and cases of the caseworker's own agency to open.</summary>
internal static class RequestLists
{
    private const int Names = 1000;

    /// <summary>
    /// Names from the seeding generator (another seed than the data's): the same name pools and
    /// spellings, so some match many people, some a few, as real searches would. Latin and Arabic.
    /// </summary>
    public static IReadOnlyList<string> SearchNames()
    {
        SeedAgency[] agencies = [new(new AgencyId(Guid.CreateVersion7()), "JO-A", "JO", AgencyKind.Shelter, 1), new(new AgencyId(Guid.CreateVersion7()), "JO-B", "JO", AgencyKind.Police, 1)];
        var generator = new PeopleGenerator(424_242, agencies, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return generator.Generate(Names)
            .Select((p, i) => i % 4 == 3 && p.Identity.NameArabic is { } arabic ? arabic : $"{p.Identity.GivenName} {p.Identity.FamilyName}")
            .ToList();
    }

    public static string DuplicateBodies(string directory, IReadOnlyList<string> names) =>
        Write(directory, "duplicates.txt", names.Select(n => JsonSerializer.Serialize(new { name = n })));

    public static string NameSearchPaths(string directory, IReadOnlyList<string> names) =>
        Write(directory, "name-search.txt", names.Select(n => $"/api/v1/cases?name={Uri.EscapeDataString(n)}"));

    /// <summary>Up to 2,000 case ids the caseworker may open, read through the API as she would list them.</summary>
    public static async Task<string> CasePathsAsync(HttpClient http, Uri node, string token, string directory)
    {
        var ids = new List<string>();
        for (var page = 1; page <= 20; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, $"/api/v1/cases?page={page}&pageSize=100"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var items = body.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
            ids.AddRange(items);
            if (items.Count < 100) break;
        }
        if (ids.Count == 0) throw new InvalidOperationException("The caseworker's agency has no case to open.");
        return Write(directory, "cases.txt", ids.Select(id => $"/api/v1/cases/{id}"));
    }

    private static string Write(string directory, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
