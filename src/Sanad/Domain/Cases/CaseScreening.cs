namespace Sanad.Domain.Cases;

/// <summary>
/// A screening interview held for a case: the profile and catalogue version used, the outcome
/// and the positive dimensions (in clear, for statistics), who screened, when, in which language,
/// with or without an interpreter. The ticked indicators are the person's own account of what
/// happened to her, so they are sealed.
/// </summary>
public sealed class CaseScreening
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public string Profile { get; private set; } = "";
    public string CatalogueVersion { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public string Rule { get; private set; } = "";
    public string PositiveDimensions { get; private set; } = "";
    public byte[] SealedIndicators { get; private set; } = [];
    /// <summary>ISO 639 code of the language the interview was held in.</summary>
    public string Language { get; private set; } = "";
    public bool InterpreterUsed { get; private set; }
    public Guid? ScreenedBy { get; private set; }
    public DateTime ScreenedAt { get; private set; }

    private CaseScreening() { }

    public const string RecordType = "case-screening";

    public static CaseScreening Record(CaseId caseId, string profile, string catalogueVersion, string outcome, string rule,
        IEnumerable<string> positiveDimensions, string language, bool interpreterUsed, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        Profile = profile,
        CatalogueVersion = catalogueVersion,
        Outcome = outcome,
        Rule = rule,
        PositiveDimensions = string.Join(',', positiveDimensions),
        Language = language,
        InterpreterUsed = interpreterUsed,
        ScreenedBy = by,
        ScreenedAt = now,
    };

    public void SealIndicators(byte[] sealedIndicators) => SealedIndicators = sealedIndicators;
}
