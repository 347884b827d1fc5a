namespace Sanad.Domain.Screening;

/// <summary>One of the six ILO/EC dimensions (DR, CR, VR, EX, CD, VD).</summary>
public sealed record Dimension(string Code, LocalisedText Name);

/// <summary>
/// An indicator a screener can tick, and what it tells the case record: HTCDS methods of control
/// and types of labour exploitation, so a screened case exports to CTDC without re-entry.
/// </summary>
public sealed record Indicator(string Key, string Dimension, LocalisedText Text,
    IReadOnlyList<string> MethodsOfControl, IReadOnlyList<string> TypesOfLabourExploitation);

/// <summary>An outcome a combination rule may give, e.g. presumed-victim, with its name in each language.</summary>
public sealed record Outcome(string Code, LocalisedText Name);

/// <summary>An indicator as a profile grades it: the same key can be medium for adults and strong for children.</summary>
public sealed record ProfileIndicator(Indicator Indicator, Strength Strength)
{
    public string Key => Indicator.Key;
}

/// <summary>A type of exploitation (CTDC flag) the result reports when its condition over the dimensions holds.</summary>
public sealed record ExploitationTypeRule(string Code, Condition When);

/// <summary>A list of indicators with its own strengths and rules, e.g. adult-labour or child-labour.</summary>
public sealed record ScreeningProfile(string Code, LocalisedText Name, IReadOnlyList<ProfileIndicator> Indicators,
    DimensionRule DimensionRule, CombinationRule CombinationRule, IReadOnlyList<ExploitationTypeRule> ExploitationTypes)
{
    private readonly Dictionary<string, ProfileIndicator> _byKey = Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);

    public ProfileIndicator? Find(string key) => _byKey.GetValueOrDefault(key);
}

/// <summary>An item of a reference checklist (Palermo, ILO forced labour), with what it maps to in HTCDS/CTDC.</summary>
public sealed record ChecklistItem(string Key, LocalisedText Text, IReadOnlyList<string> MethodsOfControl, IReadOnlyList<string> ExploitationTypes);

public sealed record ChecklistSection(string Code, LocalisedText Name, IReadOnlyList<ChecklistItem> Items);

/// <summary>A checklist shown beside the indicators: the Palermo act/means/purpose elements, the ILO forced-labour indicators.</summary>
public sealed record Checklist(string Code, LocalisedText Name, LocalisedText Note, IReadOnlyList<ChecklistSection> Sections);

/// <summary>
/// The versioned screening catalogue, read once at start from data and never changed while the
/// node runs. Every result names the version that produced it.
/// </summary>
public sealed record ScreeningCatalogue(string Version, IReadOnlyList<Dimension> Dimensions, IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<ScreeningProfile> Profiles, IReadOnlyList<Checklist> Checklists)
{
    public ScreeningProfile? Profile(string? code) => Profiles.FirstOrDefault(p => p.Code == code);

    public Dimension Dimension(string code) => Dimensions.First(d => d.Code == code);

    public Outcome Outcome(string code) => Outcomes.First(o => o.Code == code);
}
