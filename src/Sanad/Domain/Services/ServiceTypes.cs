namespace Sanad.Domain.Services;

/// <summary>
/// The kinds of help a referral mechanism offers, as codes shared by the service directory (what
/// an agency offers) and assistance (what a person received). Shown through "service:" + code.
/// </summary>
public static class ServiceTypes
{
    public const string Shelter = "shelter";
    public const string Medical = "medical";
    public const string Psychosocial = "psychosocial";
    public const string LegalAid = "legal-aid";
    public const string Interpretation = "interpretation";
    public const string LabourComplaint = "labour-complaint";
    public const string Return = "return";
    public const string Reintegration = "reintegration";
    public const string Livelihood = "livelihood";
    public const string ChildProtection = "child-protection";

    public static readonly IReadOnlyList<string> All =
        [Shelter, Medical, Psychosocial, LegalAid, Interpretation, LabourComplaint, Return, Reintegration, Livelihood, ChildProtection];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
