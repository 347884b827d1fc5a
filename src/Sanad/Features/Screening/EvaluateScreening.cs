using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Screening;

namespace Sanad.Features.Screening;

/// <summary>What a screener sends: a profile of the catalogue and the keys of the indicators ticked. No name, no person.</summary>
public sealed class ScreeningInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Profile")]
    public string Profile { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Indicators")]
    public List<string> Indicators { get; set; } = [];
}

/// <summary>A ticked indicator as the result shows it: key, strength in this profile, text in the caller's language.</summary>
public sealed record TickedIndicatorResponse(string Key, string Strength, string Text);

/// <summary>One dimension: positive or not, the ticked indicators, and the requirement set they met (e.g. "2 strong").</summary>
public sealed record DimensionResponse(string Code, string Name, bool Positive, IReadOnlyList<TickedIndicatorResponse> Indicators, string? MetBy);

/// <summary>The result of <c>POST /api/v1/screenings/evaluate</c>: outcome, reasons, rule and catalogue version.</summary>
public sealed record ScreeningResponse(
    string Profile,
    string CatalogueVersion,
    string Outcome,
    string OutcomeName,
    string Rule,
    string DimensionRule,
    IReadOnlyList<DimensionResponse> Dimensions,
    IReadOnlyList<string> MethodsOfControl,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> TypesOfLabourExploitation,
    string Notice)
{
    public static ScreeningResponse From(ScreeningResult result, ScreeningCatalogue catalogue, string language, IStringLocalizer t) => new(
        result.Profile,
        result.CatalogueVersion,
        result.Outcome,
        catalogue.Outcome(result.Outcome).Name.In(language),
        result.Rule,
        result.DimensionRule.ToString(),
        result.Dimensions.Select(d => new DimensionResponse(d.Code, catalogue.Dimension(d.Code).Name.In(language), d.Positive,
            d.Ticked.Select(i => new TickedIndicatorResponse(i.Key, i.Strength.Code(), i.Indicator.Text.In(language))).ToList(),
            d.MetBy?.ToString())).ToList(),
        result.MethodsOfControl,
        result.ExploitationTypes,
        result.TypesOfLabourExploitation,
        t["This is an indication for referral, not a legal determination."]);
}
