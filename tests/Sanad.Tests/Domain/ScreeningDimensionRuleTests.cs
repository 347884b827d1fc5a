using Sanad.Domain.Screening;
using Sanad.Features.Screening.Catalogue;

namespace Sanad.Tests.Domain;

/// <summary>Every boundary of the shipped dimension rule (reference §2.4), on strengths alone and through real indicators.</summary>
public sealed class ScreeningDimensionRuleTests
{
    private static readonly ScreeningCatalogue Catalogue = ScreeningCatalogueLoader.LoadShipped();
    private static readonly DimensionRule Rule = Catalogue.Profile("adult-labour")!.DimensionRule;

    [Theory]
    [InlineData("", false)]
    [InlineData("strong", false)]
    [InlineData("strong strong", true)]
    [InlineData("strong medium", true)]
    [InlineData("strong weak", true)]
    [InlineData("medium", false)]
    [InlineData("medium medium", false)]
    [InlineData("medium medium medium", true)]
    [InlineData("medium medium weak", true)]
    [InlineData("medium weak weak", false)]
    [InlineData("medium weak", false)]
    [InlineData("weak weak", false)]
    [InlineData("weak weak weak", false)]
    [InlineData("weak weak weak weak", false)]
    [InlineData("medium medium medium medium weak weak", true)]
    public void A_dimension_is_positive_exactly_as_the_reference_says(string strengths, bool positive)
    {
        var ticked = strengths.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Strengths.TryParse(s, out var strength) ? strength : throw new ArgumentException(s)).ToList();
        Assert.Equal(positive, Rule.FirstMet(ticked) is not null);
    }

    [Fact]
    public void The_requirement_set_that_was_met_is_named()
    {
        Assert.Equal("2 strong", Rule.FirstMet([Strength.Strong, Strength.Strong])!.ToString());
        Assert.Equal("1 strong + 1 medium or weak", Rule.FirstMet([Strength.Weak, Strength.Strong])!.ToString());
        Assert.Equal("2 medium + 1 weak", Rule.FirstMet([Strength.Medium, Strength.Weak, Strength.Medium])!.ToString());
    }

    [Theory]
    [InlineData("CD", "cd.documents", false)]
    [InlineData("CD", "cd.documents cd.debt", true)]
    [InlineData("CD", "cd.documents cd.illicit", true)]
    [InlineData("CD", "cd.documents cd.inform_family", true)]
    [InlineData("CD", "cd.illicit cd.lie", false)]
    [InlineData("CD", "cd.illicit cd.lie cd.wages", true)]
    [InlineData("CD", "cd.illicit cd.lie cd.inform_family", true)]
    [InlineData("VR", "vr.economic vr.past vr.travel", false)]
    [InlineData("VR", "vr.beliefs vr.past vr.travel vr.context", false)]
    [InlineData("VR", "vr.economic vr.control vr.past", true)]
    [InlineData("DR", "dr.job_nature", false)]
    [InlineData("DR", "dr.job_nature dr.education", true)]
    public void Real_adult_indicators_follow_the_same_boundaries(string dimension, string keys, bool positive)
    {
        var result = new ScreeningEvaluator(Catalogue).Evaluate("adult-labour", keys.Split(' ')).Value!;
        var finding = result.Dimensions.Single(d => d.Code == dimension);
        Assert.Equal(positive, finding.Positive);
        Assert.Equal(keys.Split(' ').Order(), finding.Ticked.Select(i => i.Key).Order());
        Assert.All(result.Dimensions.Where(d => d.Code != dimension), d => Assert.False(d.Positive));
    }
}
