using Sanad.Domain.Jurisdictions;
using Sanad.Features.Jurisdictions;

namespace Sanad.Tests.Domain;

/// <summary>The shipped jurisdiction files load and say what the law says; a broken file is refused with the JSON path of each problem.</summary>
public sealed class JurisdictionFileTests
{
    private static readonly ShippedJurisdictions Shipped = ShippedJurisdictions.Load();

    [Fact]
    public void Belgium_and_Jordan_are_active_and_the_other_countries_are_drafts_for_review()
    {
        Assert.Equal(JurisdictionStatus.Active, Shipped.ByCountry["BE"].Rules.Status);
        Assert.Equal(JurisdictionStatus.Active, Shipped.ByCountry["JO"].Rules.Status);
        foreach (var draft in new[] { "IQ", "LB", "SA", "KW" })
        {
            var rules = Shipped.ByCountry[draft].Rules;
            Assert.Equal(JurisdictionStatus.DraftForReview, rules.Status);
            Assert.NotEmpty(rules.Sources);
            Assert.Equal(["identification", "first-assistance-and-protection", "long-term-assistance-and-inclusion", "return-and-reintegration"], rules.Stages.Select(s => s.Code));
        }
    }

    [Fact]
    public void Belgium_gives_45_days_to_reflect_and_its_three_residence_steps()
    {
        var be = Shipped.ByCountry["BE"].Rules;
        Assert.Equal(new DateOnly(2026, 4, 14), be.ReflectionPeriod!.Length.LastDayFrom(new DateOnly(2026, 3, 1)));
        var certificate = be.DocumentOf("registration-certificate")!;
        Assert.Equal(new DateOnly(2026, 5, 31), certificate.Validity!.LastDayFrom(new DateOnly(2026, 3, 1)));
        Assert.Equal(1, certificate.RenewalsAllowed);
        Assert.Equal(new DateOnly(2026, 8, 31), certificate.RenewalLength!.ExtendFrom(new DateOnly(2026, 5, 31)));
        var aCard = be.DocumentOf("a-card")!;
        Assert.Null(aCard.RenewalsAllowed);
        Assert.Equal(new DateOnly(2026, 8, 31), aCard.Validity!.LastDayFrom(new DateOnly(2026, 3, 1)));
        Assert.Null(be.DocumentOf("indefinite-residence")!.Validity);
        Assert.Equal(["break-with-exploiters", "accept-specialised-centre", "cooperate-with-authorities"], be.VictimStatusConditions.Select(c => c.Code));
    }

    [Fact]
    public void Jordan_has_the_five_stages_of_its_2022_mechanism_in_three_languages()
    {
        var jo = Shipped.ByCountry["JO"].Rules;
        Assert.Equal(["identification", "sheltering-protection-assistance", "investigation-and-litigation", "voluntary-return", "reintegration"], jo.Stages.Select(s => s.Code));
        Assert.Equal("الإيواء والحماية والمساعدة", jo.Stages[1].Label.Ar);
        Assert.Equal("Retour volontaire", jo.Stages[3].Label.Fr);
    }

    [Fact]
    public void Every_problem_of_a_broken_file_is_named_by_its_json_path()
    {
        var (rules, problems) = JurisdictionReader.Read("""
            {
              "country": "be", "name": { "en": "Belgium", "fr": "Belgique" }, "status": "final",
              "sources": [ { "title": "law" } ],
              "stages": [ { "code": "one", "label": { "en": "One", "fr": "Un", "ar": "واحد" } }, { "code": "one", "label": { "en": "1", "fr": "1", "ar": "1" } } ],
              "reflectionPeriod": { "length": "45 days", "startsWhen": { "en": "a", "fr": "a", "ar": "a" } },
              "documents": [ { "code": "card", "label": { "en": "c", "fr": "c", "ar": "c" }, "validity": "P6M", "renewals": { "allowed": -1 } } ],
              "referralAnswerDeadlines": { "normal": "P5D", "urgent": "soon" }
            }
            """);
        Assert.Null(rules);
        var paths = problems.Select(p => p.Field).ToList();
        Assert.Equal(["$.country", "$.status", "$.stages[1].code", "$.reflectionPeriod.length", "$.documents[0].renewals.allowed", "$.referralAnswerDeadlines.urgent", "$.name.ar"], paths);
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused_with_the_place_of_the_error()
    {
        var (rules, problems) = JurisdictionReader.Read("{ \"country\": \"BE\", \"stages\": [ { \"code\": 12 } ] }");
        Assert.Null(rules);
        Assert.Equal("$.stages[0].code", Assert.Single(problems).Field);
    }

    [Fact]
    public void A_shipped_file_with_a_problem_stops_the_start_naming_the_file_and_the_field()
    {
        var broken = Shipped.ByCountry["BE"].Json.Replace("\"P45D\"", "\"P45\"");
        var error = Assert.Throws<InvalidOperationException>(() => ShippedJurisdictions.Check("BE.json", broken));
        Assert.Contains("BE.json", error.Message);
        Assert.Contains("$.reflectionPeriod.length", error.Message);
    }

    [Fact]
    public void Referral_answer_durations_add_hours_and_calendar_days()
    {
        Assert.True(IsoDuration.TryParse("PT24H", out var day));
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), day.After(new DateTime(2026, 3, 1, 9, 0, 0)));
        Assert.False(IsoDuration.TryParse("P", out _));
        Assert.False(IsoDuration.TryParse("PT", out _));
        Assert.False(IsoDuration.TryParse("P0D", out _));
    }
}
