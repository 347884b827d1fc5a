using Sanad.Domain.Screening;

namespace Sanad.Domain.Jurisdictions;

/// <summary>
/// The rules of one country's referral mechanism, read from a reviewed jurisdiction file
/// (docs/jurisdictions.md): stages of a case, the reflection period, residence documents, the
/// conditions of victim status and how long an agency has to answer a referral.
/// </summary>
public sealed record Jurisdiction(
    string Country,
    LocalisedText Name,
    JurisdictionStatus Status,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Stage> Stages,
    ReflectionRule? ReflectionPeriod,
    IReadOnlyList<DocumentRule> Documents,
    IReadOnlyList<VictimStatusCondition> VictimStatusConditions,
    ReferralAnswerDeadlines ReferralAnswerDeadlines)
{
    public Stage FirstStage => Stages[0];

    public Stage? StageOf(string? code) => Stages.FirstOrDefault(s => s.Code == code);

    public DocumentRule? DocumentOf(string? code) => Documents.FirstOrDefault(d => d.Code == code);
}

public enum JurisdictionStatus
{
    Active,
    DraftForReview,
}

public sealed record Source(string Title, string? Url);

public sealed record Stage(string Code, LocalisedText Label);

public sealed record VictimStatusCondition(string Code, LocalisedText Label);

/// <summary>How long the reflection period lasts and what starts it (in words: the law's own trigger).</summary>
public sealed record ReflectionRule(IsoDuration Length, LocalisedText StartsWhen);

/// <summary>
/// A residence or protection document: how long it is valid (null: without end), and how many
/// times it may be renewed (null: as often as its conditions hold), each time for how long.
/// </summary>
public sealed record DocumentRule(
    string Code,
    LocalisedText Label,
    IsoDuration? Validity,
    int? RenewalsAllowed,
    IsoDuration? RenewalLength,
    IReadOnlyList<LocalisedText> RenewalConditions)
{
    public bool Renewable => RenewalsAllowed is null or > 0;
}

public sealed record ReferralAnswerDeadlines(IsoDuration Normal, IsoDuration Urgent)
{
    public IsoDuration For(string urgency) => string.Equals(urgency, "urgent", StringComparison.OrdinalIgnoreCase) ? Urgent : Normal;
}
