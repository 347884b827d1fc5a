namespace Sanad.Domain.Consents;

/// <summary>
/// The tiers of a case's data that a consent allows and a referral carries (issue 4 API contract):
/// identifying (names, birth date, documents, photo), contact (phone, address), sensitive (notes:
/// health, sexual violence, testimony) and operational (status, stage, needs, deadlines).
/// </summary>
public static class DataScopes
{
    public const string Identifying = "identifying";
    public const string Contact = "contact";
    public const string Sensitive = "sensitive";
    public const string Operational = "operational";

    public static readonly IReadOnlyList<string> All = [Identifying, Contact, Sensitive, Operational];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>The codes in a stable order, once each, as stored.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(',', All.Where(scopes.Contains));

    public static IReadOnlyList<string> Split(string stored) => stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
