using System.Text.Json;
using Sanad.Domain.Screening;

namespace Sanad.Features.Screening.Catalogue;

/// <summary>
/// Reads the screening catalogue (embedded JSON) once at start and checks it: a catalogue with an
/// unknown dimension, a duplicate key or a missing translation stops the node with a message that
/// names the problem, rather than screening people with a broken list.
/// </summary>
public static class ScreeningCatalogueLoader
{
    public const string ShippedResource = "Sanad.Screening.screening-catalogue.v1.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public static ScreeningCatalogue LoadShipped()
    {
        using var stream = typeof(ScreeningCatalogueLoader).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The screening catalogue resource {ShippedResource} is missing from the build.");
        return Load(stream, ShippedResource);
    }

    /// <summary>Reads and checks a catalogue; throws <see cref="InvalidOperationException"/> listing every problem found.</summary>
    public static ScreeningCatalogue Load(Stream json, string source)
    {
        CatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogueFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The screening catalogue {source} is not valid JSON: {e.Message}", e);
        }
        var check = new CatalogueCheck();
        var catalogue = file is null ? null : Build(file, check);
        if (file is null) check.Problem("the file is empty");
        if (check.Problems.Count > 0 || catalogue is null)
            throw new InvalidOperationException($"The screening catalogue {source} (version {file?.Version ?? "?"}) cannot be used:\n  - "
                + string.Join("\n  - ", check.Problems));
        return catalogue;
    }

    private static ScreeningCatalogue? Build(CatalogueFile file, CatalogueCheck check)
    {
        if (string.IsNullOrWhiteSpace(file.Version)) check.Problem("version is missing");
        var vocabularies = new Vocabularies(file.Vocabularies, check);

        var dimensions = check.Unique(file.Dimensions, d => d.Code, "dimension")
            .Select(d => new Dimension(d.Code!, check.Texts(d.Name, $"dimension {d.Code}"))).ToList();
        var dimensionCodes = dimensions.Select(d => d.Code).ToHashSet();

        var indicators = check.Unique(file.Indicators, i => i.Key, "indicator").Select(i =>
        {
            if (!dimensionCodes.Contains(i.Dimension ?? ""))
                check.Problem($"indicator {i.Key} names an unknown dimension '{i.Dimension}'");
            return new Indicator(i.Key!, i.Dimension ?? "", check.Texts(i.Text, $"indicator {i.Key}"),
                vocabularies.MethodsOfControl.Check(i.MethodsOfControl, $"indicator {i.Key}"),
                vocabularies.TypesOfLabourExploitation.Check(i.TypesOfLabourExploitation, $"indicator {i.Key}"));
        }).ToDictionary(i => i.Key);

        var outcomes = check.Unique(file.Outcomes, o => o.Code, "outcome")
            .Select(o => new Outcome(o.Code!, check.Texts(o.Name, $"outcome {o.Code}"))).ToList();
        var dimensionRules = check.Unique(file.DimensionRules, r => r.Id, "dimension rule")
            .ToDictionary(r => r.Id!, r => DimensionRuleOf(r, check));

        var conditions = new ConditionReader(dimensionCodes, check);
        var profiles = check.Unique(file.Profiles, p => p.Code, "profile").Select(p =>
        {
            var where = $"profile {p.Code}";
            var items = check.Unique(p.Indicators, i => i.Key, $"indicator of {where}").Select(i =>
            {
                if (!indicators.TryGetValue(i.Key!, out var indicator))
                    check.Problem($"{where} lists an unknown indicator '{i.Key}'");
                if (!Strengths.TryParse(i.Strength, out var strength))
                    check.Problem($"{where}: indicator {i.Key} has an unknown strength '{i.Strength}' (strong, medium or weak)");
                return indicator is null ? null : new ProfileIndicator(indicator, strength);
            }).OfType<ProfileIndicator>().ToList();
            if (items.Count == 0) check.Problem($"{where} has no indicators");
            if (!dimensionRules.TryGetValue(p.DimensionRule ?? "", out var dimensionRule))
                check.Problem($"{where} names an unknown dimension rule '{p.DimensionRule}'");
            var combination = CombinationRuleOf(p.CombinationRule, where, outcomes, conditions, check);
            var exploitation = (p.ExploitationTypes ?? []).Select(t => new ExploitationTypeRule(
                vocabularies.ExploitationTypes.Check([t.Code ?? ""], where).FirstOrDefault() ?? "",
                conditions.Read(t.When, $"{where} exploitation type {t.Code}"))).ToList();
            return new ScreeningProfile(p.Code!, check.Texts(p.Name, where), items,
                dimensionRule ?? new DimensionRule("", []), combination, exploitation);
        }).ToList();
        if (profiles.Count == 0) check.Problem("no profiles");

        var checklists = check.Unique(file.Checklists, c => c.Code, "checklist").Select(c => new Checklist(c.Code!,
            check.Texts(c.Name, $"checklist {c.Code}"), check.Texts(c.Note, $"checklist {c.Code} note"),
            check.Unique(c.Sections, s => s.Code, $"section of checklist {c.Code}").Select(s => new ChecklistSection(s.Code!,
                check.Texts(s.Name, $"checklist {c.Code} section {s.Code}"),
                check.Unique(s.Items, i => i.Key, $"item of checklist {c.Code}").Select(i => new ChecklistItem(i.Key!,
                    check.Texts(i.Text, $"checklist item {i.Key}"),
                    vocabularies.MethodsOfControl.Check(i.MethodsOfControl, $"checklist item {i.Key}"),
                    vocabularies.ExploitationTypes.Check(i.ExploitationTypes, $"checklist item {i.Key}"))).ToList())).ToList())).ToList();

        return new ScreeningCatalogue(file.Version ?? "", dimensions, outcomes, profiles, checklists);
    }

    private static DimensionRule DimensionRuleOf(DimensionRuleFile rule, CatalogueCheck check)
    {
        var where = $"dimension rule {rule.Id}";
        if (rule.PositiveWhenAnyOf is not { Count: > 0 }) check.Problem($"{where} has no requirement sets");
        var sets = (rule.PositiveWhenAnyOf ?? []).Select(set =>
        {
            var requirements = set.Select(r =>
            {
                var strengths = (r.Of ?? []).Select(code => Strengths.TryParse(code, out var s) ? s : (Strength?)null).ToList();
                if (r.AtLeast < 1 || strengths.Count == 0 || strengths.Contains(null))
                    check.Problem($"{where}: each requirement needs atLeast >= 1 and strengths among strong, medium, weak");
                return new Requirement(r.AtLeast, strengths.OfType<Strength>().ToList());
            }).ToList();
            // Counts within one set are of different strengths: "1 strong + 1 medium" must not count the same strong twice.
            if (requirements.SelectMany(r => r.Of).GroupBy(s => s).Any(g => g.Count() > 1))
                check.Problem($"{where}: a requirement set names the same strength twice");
            return new RequirementSet(requirements);
        }).ToList();
        return new DimensionRule(rule.Id!, sets);
    }

    private static CombinationRule CombinationRuleOf(CombinationRuleFile? rule, string where, List<Outcome> outcomes, ConditionReader conditions, CatalogueCheck check)
    {
        if (rule is null || string.IsNullOrWhiteSpace(rule.Id) || rule.Outcomes is not { Count: > 0 })
        {
            check.Problem($"{where} needs a combination rule with an id and outcomes");
            return new CombinationRule("", []);
        }
        var branches = rule.Outcomes.Select((b, index) =>
        {
            if (outcomes.All(o => o.Code != b.Outcome))
                check.Problem($"{where}: combination rule {rule.Id} gives an unknown outcome '{b.Outcome}'");
            var last = index == rule.Outcomes.Count - 1;
            if (last != b.When is null)
                check.Problem($"{where}: in combination rule {rule.Id} only the last outcome, and it always, applies without a condition");
            return new OutcomeBranch(b.Outcome ?? "", b.When is null ? null : conditions.Read(b.When, $"{where} outcome {b.Outcome}"));
        }).ToList();
        return new CombinationRule(rule.Id, branches);
    }

    /// <summary>The HTCDS/CTDC code lists the mappings may use, so a typo in a code is caught at start.</summary>
    private sealed class Vocabularies(VocabulariesFile? file, CatalogueCheck check)
    {
        public Vocabulary MethodsOfControl { get; } = new("methodsOfControl", file?.MethodsOfControl, check);
        public Vocabulary ExploitationTypes { get; } = new("exploitationTypes", file?.ExploitationTypes, check);
        public Vocabulary TypesOfLabourExploitation { get; } = new("typesOfLabourExploitation", file?.TypesOfLabourExploitation, check);
    }

    private sealed class Vocabulary(string name, List<string>? codes, CatalogueCheck check)
    {
        public IReadOnlyList<string> Check(List<string>? used, string where)
        {
            foreach (var code in (used ?? []).Where(c => codes?.Contains(c) != true))
                check.Problem($"{where} maps to '{code}', which is not in vocabularies.{name}");
            return used ?? [];
        }
    }
}
