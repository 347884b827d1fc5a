using Sanad.Domain;
using Sanad.Domain.Screening;
using Sanad.Features.Screening.Catalogue;

namespace Sanad.Tests.Domain;

/// <summary>The combination rules of the shipped profiles, the child strengths, and what the result explains.</summary>
public sealed class ScreeningOutcomeTests
{
    private static readonly ScreeningCatalogue Catalogue = ScreeningCatalogueLoader.LoadShipped();
    private static readonly ScreeningEvaluator Evaluator = new(Catalogue);

    // Two strong or strong+medium per dimension, so each named dimension is positive.
    private static readonly Dictionary<string, string[]> PositiveAdult = new()
    {
        ["DR"] = ["dr.job_nature", "dr.wages"],
        ["CR"] = ["cr.violence", "cr.documents"],
        ["VR"] = ["vr.economic", "vr.illegal_status", "vr.information"],
        ["EX"] = ["ex.hours", "ex.pay"],
        ["CD"] = ["cd.documents", "cd.debt"],
        ["VD"] = ["vd.dependency", "vd.economic", "vd.family"],
    };

    private static ScreeningResult Adult(params string[] dimensions) =>
        Evaluator.Evaluate("adult-labour", dimensions.SelectMany(d => PositiveAdult[d])).Value!;

    [Theory]
    [InlineData("DR EX CD", "presumed-victim")]
    [InlineData("CR EX VD", "presumed-victim")]
    [InlineData("VR EX CD VD", "presumed-victim")]
    [InlineData("DR CR VR EX CD VD", "presumed-victim")]
    [InlineData("DR EX", "possible-victim")]
    [InlineData("EX CD", "possible-victim")]
    [InlineData("DR CR VR CD VD", "possible-victim")]
    [InlineData("VD", "possible-victim")]
    [InlineData("", "not-indicated")]
    public void Adult_outcome_follows_the_combination_rule(string dimensions, string outcome)
    {
        var result = Adult(dimensions.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(dimensions.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), result.Dimensions.Where(d => d.Positive).Select(d => d.Code).Order());
    }

    [Fact]
    public void Ticked_indicators_that_make_no_dimension_positive_are_not_indicated()
    {
        var result = Evaluator.Evaluate("adult-labour", ["dr.job_nature", "cr.violence", "ex.hours", "cd.documents", "vd.past"]).Value!;
        Assert.Equal("not-indicated", result.Outcome);
        Assert.Equal("delphi-adult: not-indicated otherwise", result.Rule);
    }

    [Fact]
    public void The_result_explains_itself()
    {
        var result = Evaluator.Evaluate("adult-labour", ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay", "cd.documents", "cd.debt", "vd.past"]).Value!;
        Assert.Equal("1.0", result.CatalogueVersion);
        Assert.Equal("presumed-victim", result.Outcome);
        Assert.Equal("delphi-adult: presumed-victim when (DR or CR or VR) and EX and (CD or VD)", result.Rule);
        Assert.Equal("delphi-2009", result.DimensionRule.Id);
        var dr = result.Dimensions.Single(d => d.Code == "DR");
        Assert.True(dr.Positive);
        Assert.Equal(["dr.job_nature", "dr.wages"], dr.Ticked.Select(i => i.Key));
        Assert.Equal("1 strong + 1 medium or weak", dr.MetBy!.ToString());
        Assert.Equal("2 strong", result.Dimensions.Single(d => d.Code == "CD").MetBy!.ToString());
        var vd = result.Dimensions.Single(d => d.Code == "VD");
        Assert.False(vd.Positive);
        Assert.Null(vd.MetBy);
        Assert.Equal(["vd.past"], vd.Ticked.Select(i => i.Key));
        Assert.Equal(["DR", "CR", "VR", "EX", "CD", "VD"], result.Dimensions.Select(d => d.Code));
    }

    [Fact]
    public void Answers_map_to_htcds_methods_of_control_and_exploitation_types()
    {
        var result = Evaluator.Evaluate("adult-labour", ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay", "cd.documents", "cd.debt", "cd.illicit"]).Value!;
        Assert.Equal(["FalsePromises", "ExcessiveWorkingHours", "WithholdsDocuments", "DebtBondage"], result.MethodsOfControl);
        Assert.Equal(["ForcedLabour"], result.ExploitationTypes);
        Assert.Equal(["IllicitActivities"], result.TypesOfLabourExploitation);

        var noExploitation = Evaluator.Evaluate("adult-labour", ["cd.documents"]).Value!;
        Assert.Equal(["WithholdsDocuments"], noExploitation.MethodsOfControl);
        Assert.Empty(noExploitation.ExploitationTypes);
    }

    [Fact]
    public void A_child_is_presumed_a_victim_on_recruitment_and_exploitation_without_coercion_at_destination()
    {
        var child = Evaluator.Evaluate("child-labour", ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay"]).Value!;
        Assert.Equal("presumed-victim", child.Outcome);
        Assert.Equal("delphi-child: presumed-victim when (DR or CR or VR) and EX", child.Rule);
        var adult = Evaluator.Evaluate("adult-labour", ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay"]).Value!;
        Assert.Equal("possible-victim", adult.Outcome);
        Assert.Equal("possible-victim", Evaluator.Evaluate("child-labour", ["ex.hours", "ex.pay", "cd.documents", "cd.debt"]).Value!.Outcome);
        Assert.Equal("not-indicated", Evaluator.Evaluate("child-labour", []).Value!.Outcome);
    }

    [Fact]
    public void Child_strengths_differ_from_the_adult_ones_as_the_reference_says()
    {
        // cr.threats is medium for an adult and strong for a child: with one other strong it is positive for both,
        // but with one medium only the child's dimension is positive.
        Assert.False(Evaluator.Evaluate("adult-labour", ["cr.threats", "cr.documents"]).Value!.Dimensions.Single(d => d.Code == "CR").Positive);
        Assert.True(Evaluator.Evaluate("child-labour", ["cr.threats", "cr.documents"]).Value!.Dimensions.Single(d => d.Code == "CR").Positive);
        // Weak becomes medium: three former weak VR indicators make VR positive for a child only.
        Assert.False(Evaluator.Evaluate("adult-labour", ["vr.beliefs", "vr.past", "vr.travel"]).Value!.Dimensions.Single(d => d.Code == "VR").Positive);
        Assert.True(Evaluator.Evaluate("child-labour", ["vr.beliefs", "vr.past", "vr.travel"]).Value!.Dimensions.Single(d => d.Code == "VR").Positive);
    }

    [Fact]
    public void Unknown_profile_or_indicator_is_refused_by_name()
    {
        var profile = Evaluator.Evaluate("adult-sexual", []);
        Assert.Equal(ErrorKind.Invalid, profile.Error!.Kind);
        Assert.Equal("profile", profile.Error.Field);
        Assert.Equal("adult-sexual", profile.Error.Args[0]);

        var key = Evaluator.Evaluate("child-labour", ["ex.hours", "ex.social_protection", "xx.nothing"]);
        Assert.Equal("indicators", key.Error!.Field);
        Assert.Equal("ex.social_protection, xx.nothing", key.Error.Args[1]);
    }

    [Fact]
    public void The_same_indicator_ticked_twice_counts_once()
    {
        var result = Evaluator.Evaluate("adult-labour", ["cd.documents", "cd.documents"]).Value!;
        Assert.False(result.Dimensions.Single(d => d.Code == "CD").Positive);
    }
}
