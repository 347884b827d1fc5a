using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Features.Admin;
using Sanad.Features.Seeding;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;
using Sanad.Web;

namespace Sanad.Tests.Features.People;

/// <summary>The only test class that seeds the demo people and cases (the shared fixture leaves them out to stay fast).</summary>
public sealed class DemoDataTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static readonly string[] Origins = ["ET", "PH", "LK", "BD", "NP", "KE", "UG", "EG", "SY", "IQ"];

    [Fact]
    public async Task The_demo_adds_300_people_with_cases_once_even_when_started_twice()
    {
        for (var start = 0; start < 2; start++)
            Assert.True(await NodeHost.PrepareAsync(app.Services, demo: true, TextWriter.Null, TextWriter.Null));

        var (people, cases) = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var demoCodes = SeedPeople.DemoAgencyCodes.ToList();
            var peopleRows = await db.People.IgnoreQueryFilters().AsNoTracking()
                .Join(db.Agencies.Where(a => demoCodes.Contains(a.Code)), p => p.AgencyId, a => a.Id, (p, a) => p).ToListAsync();
            var caseRows = await db.Cases.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            return (peopleRows, caseRows);
        });
        Assert.Equal(NodeBootstrap.DemoPeople, people.Count);
        Assert.Equal(NodeBootstrap.DemoPeople, cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => c.Reference).Distinct().Count());

        // The research area starts with the demo cases as one dataset, one record per case, taken once.
        var datasets = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().StatisticalDatasets.AsNoTracking().ToListAsync());
        Assert.Equal(NodeBootstrap.DemoDatasetName, Assert.Single(datasets).Name);
        Assert.Equal(NodeBootstrap.DemoPeople, datasets[0].RecordCount);

        // Realistic spread: the origin countries, mostly women, cases mostly open, spread over three years.
        Assert.All(people, p => Assert.Contains(p.Nationality, Origins));
        Assert.True(people.Select(p => p.Nationality).Distinct().Count() >= 8);
        Assert.InRange(people.Count(p => p.Sex == Sex.Female), 180, 260);
        Assert.True(cases.Count(c => c.Status is CaseStatus.Active or CaseStatus.FollowUp) > cases.Count / 2);
        Assert.True(cases.Select(c => c.OpenedAt.Year).Distinct().Count() >= 3);
        Assert.All(cases, c => Assert.NotEmpty(c.MethodsOfControl));
        Assert.All(cases, c => Assert.Subset(Htcds.MethodsOfControl.ToHashSet(), c.MethodsOfControl.Split(',').ToHashSet()));
        Assert.Contains(cases, c => c.LabourExploitation.Contains("DomesticWork"));
        Assert.Contains(cases, c => c.SexExploitation.Length > 0);

        // People of Arab countries carry their name in Arabic script too.
        var arab = people.First(p => p.Nationality is "EG" or "SY" or "IQ");
        var identity = await app.ScopedAsync(sp => sp.GetRequiredService<FieldSealer>()
            .OpenAsync<PersonIdentity>(arab.SealedIdentity, Person.RecordType, arab.Id.Value).AsTask());
        Assert.False(string.IsNullOrWhiteSpace(identity.NameArabic));
        Assert.False(string.IsNullOrWhiteSpace(identity.GivenName));
    }

    [Fact]
    public void The_generator_is_deterministic_and_draws_from_the_ten_origin_countries()
    {
        var agencies = new[] { new SeedAgency(Sanad.Domain.Agencies.AgencyId.New(), "A", "JO", Sanad.Domain.Agencies.AgencyKind.Shelter, 1) };
        var now = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = new PeopleGenerator(7, agencies, now).Generate(2000).ToList();
        var second = new PeopleGenerator(7, agencies, now).Generate(2000).ToList();
        Assert.Equal(first.Select(p => p.Identity.DisplayName), second.Select(p => p.Identity.DisplayName));
        Assert.Equal(Origins.Order(), first.Select(p => p.Facts.Nationality!).Distinct().Order());
        // CTDC: about three women in four; most people between 18 and 38.
        Assert.InRange(first.Count(p => p.Facts.Sex == Sex.Female) / 2000.0, 0.68, 0.80);
        Assert.InRange(first.Count(p => p.Case.OpenedAt.Year - p.Facts.YearOfBirth is >= 18 and <= 38) / 2000.0, 0.5, 0.7);
        Assert.All(first, p => Assert.InRange(p.Case.OpenedAt, now.AddYears(-3).AddDays(-2), now));
        Assert.All(first.Where(p => p.Identity.Phone is not null), p => Assert.Matches(@"^\+(9627|961|965|9665|9647)\d{6,10}$", p.Identity.Phone!));
    }
}
