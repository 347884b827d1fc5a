using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Features.Dashboards;
using Sanad.Features.Seeding;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Dashboards;

/// <summary>
/// The dashboards on generated cases: figures equal to counts computed here from the rows,
/// no small count shown or derivable, filters, roles, and the CSV, SVG and PNG files.
/// </summary>
public sealed class DashboardTests(DashboardTests.World world) : IClassFixture<DashboardTests.World>
{
    private SanadApp App => world;

    /// <summary>400 generated people with their cases, plus identification decisions, services and exploitation places on some.</summary>
    public class World : SanadApp, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await ScopedAsync(async sp =>
            {
                var seed = sp.GetRequiredService<SeedPeople>();
                var agencies = (await seed.AgenciesAsync(null)).Value!;
                var people = new PeopleGenerator(5, agencies, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)).Generate(400).ToList();
                return await seed.WriteAsync(people);
            });
            await ScopedAsync(async sp =>
            {
                var db = sp.GetRequiredService<SanadDb>();
                var cases = await db.Cases.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => new { c.Id, c.AgencyId, c.OpenedAt }).ToListAsync();
                var now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                string[] countries = ["JO", "JO", "JO", "LB", "BE", "SA"];
                for (var i = 0; i < cases.Count; i++)
                {
                    var c = cases[i];
                    var identified = DateOnly.FromDateTime(c.OpenedAt);
                    if (i % 3 != 0) db.IdentificationDecisions.Add(IdentificationDecision.Record(c.Id, i % 7 == 0 ? IdentificationOutcome.NotAVictim : IdentificationOutcome.Presumed, "police", identified, null, now));
                    if (i % 4 == 0) db.ServicesDelivered.Add(ServiceDelivery.Record(c.Id, i % 8 == 0 ? "shelter" : "medical", c.AgencyId, null,
                        identified.AddDays(i % 50), null, i % 12 == 0 ? ServiceOutcome.Completed : ServiceOutcome.Ongoing, null, now));
                    if (i % 5 != 0) db.TraffickingEvents.Add(TraffickingEvent.Record(c.Id, TraffickingEventType.Exploitation, countries[i % countries.Length], null, null, [], [], [], null, now));
                }
                await db.SaveChangesAsync();
                return cases.Count;
            });
        }
    }

    /// <summary>The rows the figures are computed from, read here plainly, one by one.</summary>
    private sealed record Row(CaseId Id, AgencyId Agency, TraffickingStatus? Status, DateTime OpenedAt, Sex Sex, int? YearOfBirth, string? Nationality, string MethodsOfControl);

    private Task<List<Row>> RowsAsync() => App.ScopedAsync(sp =>
        (from c in sp.GetRequiredService<SanadDb>().Cases.IgnoreQueryFilters()
         join p in sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters() on c.PersonId equals p.Id
         select new Row(c.Id, c.AgencyId, c.TraffickingStatus, c.OpenedAt, p.Sex, p.YearOfBirth, p.Nationality, c.MethodsOfControl)).ToListAsync());

    private static bool IsIdentified(Row r) => r.Status is TraffickingStatus.Possible or TraffickingStatus.Actual;

    private static async Task<JsonElement> FigureAsync(HttpClient api, string chart, string query = "")
    {
        var response = await api.GetAsync($"/api/v1/dashboards/{chart}{(query.Length > 0 ? "?" + query : "")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every shown cell equals the true count; every true count below the threshold is not shown.</summary>
    private static void AssertMatches(JsonElement figure, Func<string, string, int> truth)
    {
        var series = figure.GetProperty("series").EnumerateArray().Select(s => s.GetString()!).ToList();
        var shown = 0;
        foreach (var row in figure.GetProperty("rows").EnumerateArray())
        {
            var cells = row.GetProperty("cells").EnumerateArray().ToList();
            for (var s = 0; s < series.Count; s++)
            {
                var expected = truth(row.GetProperty("code").GetString()!, series[s]);
                if (cells[s].GetProperty("suppressed").GetBoolean())
                {
                    Assert.Equal(JsonValueKind.Null, cells[s].GetProperty("count").ValueKind);
                    continue;
                }
                Assert.False(expected is > 0 and < 5, $"{row.GetProperty("code")} / {series[s]}: {expected} shown below the threshold");
                Assert.Equal(expected, cells[s].GetProperty("count").GetInt32());
                shown++;
            }
        }
        Assert.True(shown > 0, "no cell was shown at all: the test proves nothing");
        AssertNoLineHasOneUnknown(figure);
    }

    private static void AssertNoLineHasOneUnknown(JsonElement figure)
    {
        static Cell Read(JsonElement c) => c.GetProperty("suppressed").GetBoolean() ? Cell.Hidden : new Cell(c.GetProperty("count").GetInt32());
        var rows = figure.GetProperty("rows").EnumerateArray().ToList();
        var width = figure.GetProperty("series").GetArrayLength();
        var cells = new Cell[rows.Count, width];
        for (var r = 0; r < rows.Count; r++)
        for (var s = 0; s < width; s++)
            cells[r, s] = Read(rows[r].GetProperty("cells")[s]);
        SmallCountsTests.AssertNoLineHasOneUnknown(cells, rows.Select(r => Read(r.GetProperty("total"))).ToList(),
            figure.GetProperty("seriesTotals").EnumerateArray().Select(Read).ToList(), Read(figure.GetProperty("total")));
    }

    [Fact]
    public async Task Victims_by_year_and_sex_match_the_cases_and_hide_small_counts()
    {
        var rows = (await RowsAsync()).Where(IsIdentified).ToList();
        var figure = await FigureAsync(await App.ApiAsync(Roles.Coordinator), "victims-by-year");
        AssertMatches(figure, (year, sex) => rows.Count(r => r.OpenedAt.Year.ToString() == year && r.Sex.ToString().ToLowerInvariant() == sex));
        if (!figure.GetProperty("total").GetProperty("suppressed").GetBoolean())
            Assert.Equal(rows.Count, figure.GetProperty("total").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Age_bands_and_means_of_control_match_the_cases()
    {
        var rows = (await RowsAsync()).Where(IsIdentified).ToList();
        var api = await App.ApiAsync(Roles.Researcher);
        string Band(Row r) => r.YearOfBirth is not { } born || r.OpenedAt.Year - born < 0 ? "unknown"
            : (r.OpenedAt.Year - born) switch { <= 8 => "0-8", <= 17 => "9-17", <= 29 => "18-29", <= 47 => "30-47", _ => "48+" };
        AssertMatches(await FigureAsync(api, "victims-by-age"), (band, sex) => rows.Count(r => Band(r) == band && r.Sex.ToString().ToLowerInvariant() == sex));
        AssertMatches(await FigureAsync(api, "means-of-control"), (control, _) => rows.Count(r => r.MethodsOfControl.Split(',').Contains(control)));
    }

    [Fact]
    public async Task Flows_and_time_to_assistance_match_the_records()
    {
        var rows = (await RowsAsync()).Where(IsIdentified).ToDictionary(r => r.Id);
        var (places, firstDecision, firstService) = await App.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var p = await db.TraffickingEvents.Where(e => e.Type == TraffickingEventType.Exploitation).Select(e => new { e.CaseId, e.Country }).ToListAsync();
            var d = await db.IdentificationDecisions.Where(x => x.Outcome != IdentificationOutcome.NotAVictim).Select(x => new { x.CaseId, x.DecidedOn }).ToListAsync();
            var s = await db.ServicesDelivered.Select(x => new { x.CaseId, x.StartedOn }).ToListAsync();
            return (p.GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Select(x => x.Country!).Distinct().ToList()),
                d.GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Min(x => x.DecidedOn)),
                s.GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Min(x => x.StartedOn)));
        });
        var api = await App.ApiAsync(Roles.Programme);
        AssertMatches(await FigureAsync(api, "flows"), (from, to) => rows.Values.Count(r => (r.Nationality ?? "unknown") == from
            && (places.TryGetValue(r.Id, out var where) ? where.Contains(to) : to == "unknown")));

        var all = await App.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Cases.IgnoreQueryFilters().Select(c => c.Id).ToListAsync());
        string Bin(CaseId id)
        {
            if (!firstService.TryGetValue(id, out var served)) return "not-yet";
            var days = served.DayNumber - firstDecision[id].DayNumber;
            return days switch { <= 0 => "same-day", <= 7 => "1-7", <= 30 => "8-30", <= 90 => "31-90", <= 365 => "91-365", _ => "over-365" };
        }
        AssertMatches(await FigureAsync(api, "time-to-assistance"), (bin, _) => all.Count(id => firstDecision.ContainsKey(id) && Bin(id) == bin));
    }

    [Fact]
    public async Task Filters_by_period_country_and_agency_narrow_the_counts()
    {
        var rows = (await RowsAsync()).Where(IsIdentified).ToList();
        var agency = rows.GroupBy(r => r.Agency).OrderByDescending(g => g.Count()).First().Key;
        var country = rows.GroupBy(r => r.Nationality).OrderByDescending(g => g.Count()).First().Key!;
        var year = rows.GroupBy(r => r.OpenedAt.Year).OrderByDescending(g => g.Count()).First().Key;
        var api = await App.ApiAsync(Roles.Coordinator);
        var figure = await FigureAsync(api, "victims-by-year", $"from={year}-01-01&to={year}-12-31&country={country}&agency={agency.Value}");
        var codes = figure.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal([year.ToString()], codes);
        AssertMatches(figure, (y, sex) => rows.Count(r => r.OpenedAt.Year.ToString() == y && r.Sex.ToString().ToLowerInvariant() == sex
            && r.Nationality == country && r.Agency == agency));

        var bad = await api.GetAsync("/api/v1/dashboards/victims-by-year?from=2026-13-01");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("from", await bad.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> AllRoles() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Only_the_coordinator_supervisor_researcher_and_programme_see_dashboards(string role)
    {
        var allowed = role is Roles.Coordinator or Roles.Supervisor or Roles.Researcher or Roles.Programme;
        var api = await App.ApiAsync(role);
        var expected = allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(expected, (await api.GetAsync("/api/v1/dashboards")).StatusCode);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/dashboards/flows")).StatusCode);
        Assert.Equal(expected, (await api.GetAsync("/api/v1/dashboards/flows/csv")).StatusCode);
        var browser = await App.SignedInAsync(Demo.Email(role));
        var page = await browser.GetAsync("/Dashboards");
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var whole = await page.Content.ReadAsStringAsync();
            // The dashboard itself, after the navigation (which links a case role to its case list).
            var html = whole[whole.IndexOf("id=\"dashboard-filter\"", StringComparison.Ordinal)..];
            Assert.Contains("<svg", html);
            Assert.Contains("chart-table", html);
            // Aggregates only: no case reference and no link into a case or a person.
            Assert.DoesNotContain("href=\"/Cases", html);
            Assert.DoesNotContain("href=\"/People", html);
            var references = await App.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Cases.IgnoreQueryFilters().Select(c => c.Reference).Take(50).ToListAsync());
            Assert.DoesNotContain(references, html.Contains);
            // The page's download links answer with the same files as the API.
            var png = await browser.GetAsync("/Dashboards?handler=File&chart=flows&format=png");
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            var csv = await (await browser.GetAsync("/Dashboards?handler=File&chart=flows&format=csv")).Content.ReadAsStringAsync();
            Assert.Contains("#country+code+citizenship", csv);
        }
        else Assert.Equal("/Account/AccessDenied", page.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_supervisor_sees_their_own_agency_only()
    {
        var rows = (await RowsAsync()).Where(IsIdentified).ToList();
        var karama = App.Scoped(sp => sp.GetRequiredService<SanadDb>().Agencies.Single(a => a.Code == "JO-KARAMA").Id);
        var other = App.Scoped(sp => sp.GetRequiredService<SanadDb>().Agencies.Single(a => a.Code == "JO-PSD-AHTU").Id);
        var supervisor = await App.ApiAsync(Roles.Supervisor);
        AssertMatches(await FigureAsync(supervisor, "victims-by-year"),
            (y, sex) => rows.Count(r => r.Agency == karama && r.OpenedAt.Year.ToString() == y && r.Sex.ToString().ToLowerInvariant() == sex));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync($"/api/v1/dashboards/victims-by-year?agency={other.Value}")).StatusCode);
    }

    [Fact]
    public async Task The_csv_has_an_hxl_hashtag_row_and_no_suppressed_value()
    {
        var api = await App.ApiAsync(Roles.Researcher);
        var response = await api.GetAsync("/api/v1/dashboards/victims-by-year/csv?lang=en");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Code,Label,Female,Male,Other,Unknown,Total", lines[0]);
        Assert.Equal("#date+year,#date+year+name,#affected+f,#affected+m,#affected+o,#affected+u,#affected+total", lines[1]);
        Assert.StartsWith("total,Total,", lines[^1]);
        var figure = await FigureAsync(api, "victims-by-year");
        var first = figure.GetProperty("rows")[0];
        var expected = string.Join(',', new[] { first.GetProperty("code").GetString()!, first.GetProperty("code").GetString()! }
            .Concat(first.GetProperty("cells").EnumerateArray().Append(first.GetProperty("total")).Select(c => c.GetProperty("suppressed").GetBoolean() ? "" : c.GetProperty("count").GetInt32().ToString())));
        Assert.Equal(expected, lines[2]);
    }

    [Fact]
    public async Task The_png_is_a_png_of_twice_the_svg_size_in_arabic_too()
    {
        var api = await App.ApiAsync(Roles.Coordinator);
        var svg = await api.GetStringAsync("/api/v1/dashboards/victims-by-age/svg?lang=ar");
        var height = int.Parse(System.Text.RegularExpressions.Regex.Match(svg, "height=\"(\\d+)\"").Groups[1].Value);
        var png = await api.GetByteArrayAsync("/api/v1/dashboards/victims-by-age/png?lang=ar");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(760 * 2, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height * 2, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task The_arabic_svg_is_marked_right_to_left_with_arabic_labels_and_the_english_one_is_not()
    {
        var api = await App.ApiAsync(Roles.Coordinator);
        var arabic = await api.GetStringAsync("/api/v1/dashboards/victims-by-year/svg?lang=ar");
        Assert.Contains("direction=\"rtl\"", arabic);
        Assert.Contains("<title id=\"victims-by-year-title\">الضحايا المحدَّدون حسب السنة والجنس</title>", arabic);
        Assert.Contains("role=\"img\"", arabic);
        var english = await api.GetStringAsync("/api/v1/dashboards/victims-by-year/svg?lang=en");
        Assert.Contains("direction=\"ltr\"", english);
        // Mirrored: the row labels end where the bars start, at the left third in English and the right third in Arabic.
        Assert.Matches("<text x=\"250\" y=\"\\d+\" text-anchor=\"end\"", english);
        Assert.Matches("<text x=\"510\" y=\"\\d+\" text-anchor=\"end\"", arabic);
        Assert.DoesNotMatch("<text x=\"250\" y=\"\\d+\" text-anchor=\"end\"", arabic);
    }

    [Fact]
    public async Task The_list_names_every_chart()
    {
        var list = await (await App.ApiAsync(Roles.Programme)).GetFromJsonAsync<JsonElement>("/api/v1/dashboards");
        Assert.Equal(Dashboard.Charts.Select(c => c.Id), list.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }
}

/// <summary>The threshold is the node's setting: raised to 50, no count under 50 is shown anywhere.</summary>
public sealed class DashboardThresholdTests(DashboardThresholdTests.StrictWorld world) : IClassFixture<DashboardThresholdTests.StrictWorld>
{
    public sealed class StrictWorld : DashboardTests.World
    {
        protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Dashboards:MinimumCount"] = "50" };
    }

    [Fact]
    public async Task Dashboards_minimum_count_sets_the_threshold()
    {
        var api = await world.ApiAsync(Roles.Coordinator);
        foreach (var chart in Dashboard.Charts)
        {
            var figure = await api.GetFromJsonAsync<JsonElement>($"/api/v1/dashboards/{chart.Id}");
            Assert.Equal(50, figure.GetProperty("minimumCount").GetInt32());
            var counts = figure.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray().Append(r.GetProperty("total")))
                .Concat(figure.GetProperty("seriesTotals").EnumerateArray()).Append(figure.GetProperty("total"))
                .Where(c => !c.GetProperty("suppressed").GetBoolean()).Select(c => c.GetProperty("count").GetInt32());
            Assert.DoesNotContain(counts, n => n is > 0 and < 50);
        }
    }
}
