using Sanad.Domain.Programmes;

namespace Sanad.Tests.Features.Programme;

/// <summary>Knowledge gain against figures worked out by hand.</summary>
public sealed class KnowledgeGainTests
{
    [Fact]
    public void Mean_distribution_and_breakdowns_match_the_hand_computed_figures()
    {
        TestResult[] results =
        [
            new(40, 70, "female", OrganisationType.Government),   // +30
            new(50, 65, "male", OrganisationType.Government),     // +15
            new(60, 55, "female", OrganisationType.CivilSociety), // −5
            new(35, 80, "female", OrganisationType.Academia),     // +45
        ];
        var gain = KnowledgeGain.Of(results, enrolled: 5);

        Assert.Equal(4, gain.Tested);
        Assert.Equal(5, gain.Enrolled);
        Assert.Equal(46.3m, gain.MeanPre);   // 185 / 4 = 46.25, half away from zero
        Assert.Equal(67.5m, gain.MeanPost);  // 270 / 4
        Assert.Equal(21.3m, gain.MeanGain);  // 85 / 4 = 21.25
        Assert.Equal([1, 0, 1, 0, 1, 1], gain.Distribution.Select(b => b.Count));
        Assert.Equal([(string?)"female", "male"], gain.BySex.Select(g => (string?)g.Code));
        Assert.Equal(23.3m, gain.BySex[0].MeanGain); // 70 / 3
        Assert.Equal(15.0m, gain.BySex[1].MeanGain);
        var byType = gain.ByOrganisationType.ToDictionary(g => g.Code, g => (g.Count, g.MeanGain));
        Assert.Equal((2, 22.5m), byType["government"]);
        Assert.Equal((1, -5.0m), byType["civil-society"]);
        Assert.Equal((1, 45.0m), byType["academia"]);
    }

    [Fact]
    public void A_training_without_tests_has_no_mean()
    {
        var gain = KnowledgeGain.Of([], enrolled: 3);
        Assert.Null(gain.MeanGain);
        Assert.Empty(gain.Distribution);
    }
}
