using System.Text.Json;

namespace Sanad.Features.Screening.Catalogue;

// The catalogue file as written by its reviewers. Everything is nullable here: the loader checks
// each field and names the one that is missing, instead of failing inside the JSON reader.

internal sealed record TextsFile(string? En, string? Fr, string? Ar);

internal sealed record DimensionFile(string? Code, TextsFile? Name);

internal sealed record IndicatorFile(string? Key, string? Dimension, TextsFile? Text, List<string>? MethodsOfControl, List<string>? TypesOfLabourExploitation);

internal sealed record RequirementFile(int AtLeast, List<string>? Of);

internal sealed record DimensionRuleFile(string? Id, List<List<RequirementFile>>? PositiveWhenAnyOf);

internal sealed record OutcomeFile(string? Code, TextsFile? Name);

internal sealed record BranchFile(string? Outcome, JsonElement? When);

internal sealed record CombinationRuleFile(string? Id, List<BranchFile>? Outcomes);

internal sealed record ExploitationTypeFile(string? Code, JsonElement? When);

internal sealed record ProfileIndicatorFile(string? Key, string? Strength);

internal sealed record ProfileFile(string? Code, TextsFile? Name, string? DimensionRule, CombinationRuleFile? CombinationRule,
    List<ExploitationTypeFile>? ExploitationTypes, List<ProfileIndicatorFile>? Indicators);

internal sealed record ChecklistItemFile(string? Key, TextsFile? Text, List<string>? MethodsOfControl, List<string>? ExploitationTypes);

internal sealed record ChecklistSectionFile(string? Code, TextsFile? Name, List<ChecklistItemFile>? Items);

internal sealed record ChecklistFile(string? Code, TextsFile? Name, TextsFile? Note, List<ChecklistSectionFile>? Sections);

internal sealed record VocabulariesFile(List<string>? MethodsOfControl, List<string>? ExploitationTypes, List<string>? TypesOfLabourExploitation);

internal sealed record CatalogueFile(string? Version, List<DimensionFile>? Dimensions, List<IndicatorFile>? Indicators,
    List<DimensionRuleFile>? DimensionRules, List<OutcomeFile>? Outcomes, List<ProfileFile>? Profiles,
    List<ChecklistFile>? Checklists, VocabulariesFile? Vocabularies);
