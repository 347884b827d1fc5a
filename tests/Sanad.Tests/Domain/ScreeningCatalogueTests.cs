using System.Text;
using System.Text.Json.Nodes;
using Sanad.Domain.Screening;
using Sanad.Features.Screening.Catalogue;

namespace Sanad.Tests.Domain;

/// <summary>The shipped catalogue loads and matches the reference; a broken catalogue stops the start with a clear message.</summary>
public sealed class ScreeningCatalogueTests
{
    [Fact]
    public void The_shipped_catalogue_loads_with_both_labour_profiles_and_both_checklists()
    {
        var catalogue = ScreeningCatalogueLoader.LoadShipped();
        Assert.Equal("1.0", catalogue.Version);
        Assert.Equal(["DR", "CR", "VR", "EX", "CD", "VD"], catalogue.Dimensions.Select(d => d.Code));
        var adult = catalogue.Profile("adult-labour")!;
        Assert.Equal(67, adult.Indicators.Count);
        Assert.Equal([10, 10, 16, 9, 15, 7], catalogue.Dimensions.Select(d => adult.Indicators.Count(i => i.Indicator.Dimension == d.Code)));
        var child = catalogue.Profile("child-labour")!;
        Assert.Equal(65, child.Indicators.Count);
        Assert.Null(child.Find("vr.false_law"));
        Assert.Null(child.Find("ex.social_protection"));
        Assert.DoesNotContain(child.Indicators, i => i.Strength == Strength.Weak);
        Assert.Equal(["palermo", "ilo-forced-labour"], catalogue.Checklists.Select(c => c.Code));
        Assert.Equal(11, catalogue.Checklists[1].Sections.Sum(s => s.Items.Count));
        Assert.Equal(["act", "means", "purpose"], catalogue.Checklists[0].Sections.Select(s => s.Code));
    }

    [Fact]
    public void Child_strengths_are_the_adult_ones_with_the_reference_changes()
    {
        var catalogue = ScreeningCatalogueLoader.LoadShipped();
        var adult = catalogue.Profile("adult-labour")!;
        var child = catalogue.Profile("child-labour")!;
        string[] becomeStrong = ["dr.education", "cr.threats", "cr.abduction", "cr.debt", "cd.threats", "cd.illicit", "cd.tasks_clients", "cd.influence"];
        foreach (var item in child.Indicators)
        {
            var adultStrength = adult.Find(item.Key)!.Strength;
            var expected = becomeStrong.Contains(item.Key) ? Strength.Strong : adultStrength == Strength.Weak ? Strength.Medium : adultStrength;
            Assert.True(expected == item.Strength, $"{item.Key}: {item.Strength}, expected {expected}");
        }
    }

    [Fact]
    public void Every_text_is_there_in_arabic_french_and_english()
    {
        var catalogue = ScreeningCatalogueLoader.LoadShipped();
        var texts = catalogue.Profiles.SelectMany(p => p.Indicators.Select(i => i.Indicator.Text).Append(p.Name))
            .Concat(catalogue.Dimensions.Select(d => d.Name)).Concat(catalogue.Outcomes.Select(o => o.Name));
        Assert.All(texts, t =>
        {
            Assert.Matches("[\u0600-\u06FF]", t.Ar);
            Assert.NotEqual(t.En, t.Fr);
        });
    }

    private static JsonNode Shipped()
    {
        using var stream = typeof(ScreeningCatalogueLoader).Assembly.GetManifestResourceStream(ScreeningCatalogueLoader.ShippedResource)!;
        return JsonNode.Parse(stream)!;
    }

    private static string LoadError(JsonNode catalogue) =>
        Assert.Throws<InvalidOperationException>(() => ScreeningCatalogueLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(catalogue.ToJsonString())), "test.json")).Message;

    [Fact]
    public void An_indicator_with_an_unknown_dimension_stops_the_start()
    {
        var catalogue = Shipped();
        catalogue["indicators"]![0]!["dimension"] = "XX";
        Assert.Contains("indicator dr.job_nature names an unknown dimension 'XX'", LoadError(catalogue));
    }

    [Fact]
    public void A_duplicate_key_stops_the_start()
    {
        var catalogue = Shipped();
        catalogue["indicators"]![1]!["key"] = "dr.job_nature";
        Assert.Contains("duplicate indicator 'dr.job_nature'", LoadError(catalogue));
        var profile = Shipped();
        profile["profiles"]![0]!["indicators"]![1]!["key"] = "dr.job_nature";
        Assert.Contains("duplicate indicator of profile adult-labour 'dr.job_nature'", LoadError(profile));
    }

    [Fact]
    public void A_missing_translation_stops_the_start()
    {
        var catalogue = Shipped();
        catalogue["indicators"]![2]!["text"]!.AsObject().Remove("ar");
        Assert.Contains("indicator dr.contract has no text in 'ar'", LoadError(catalogue));
    }

    [Fact]
    public void Rules_and_mappings_are_checked_too()
    {
        var catalogue = Shipped();
        catalogue["profiles"]![0]!["combinationRule"]!["outcomes"]![0]!["when"] = JsonNode.Parse("""{ "allOf": ["DR", "ZZ"] }""");
        catalogue["profiles"]![1]!["indicators"]![0]!["strength"] = "very strong";
        catalogue["indicators"]![0]!["methodsOfControl"] = new JsonArray("FalsePromise");
        catalogue["dimensionRules"]![0]!["positiveWhenAnyOf"]![0]![0]!["of"] = new JsonArray("strong", "strong");
        var message = LoadError(catalogue);
        Assert.Contains("names an unknown dimension 'ZZ'", message);
        Assert.Contains("unknown strength 'very strong'", message);
        Assert.Contains("'FalsePromise', which is not in vocabularies.methodsOfControl", message);
        Assert.Contains("names the same strength twice", message);
    }

    [Fact]
    public void Malformed_json_is_named()
    {
        var message = Assert.Throws<InvalidOperationException>(() => ScreeningCatalogueLoader.Load(new MemoryStream("{ \"version\": "u8.ToArray()), "broken.json")).Message;
        Assert.Contains("broken.json is not valid JSON", message);
    }
}
