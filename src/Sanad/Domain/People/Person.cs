using Sanad.Domain.Agencies;

namespace Sanad.Domain.People;

public readonly record struct PersonId(Guid Value)
{
    public static PersonId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A person the mechanism protects. What identifies her (names, exact birth date, documents,
/// phone, address) is sealed in <see cref="SealedIdentity"/> with the node's field key; only
/// attributes that do not identify her on their own stay in clear, for statistics and filtering.
/// </summary>
public sealed class Person : IAgencyOwned
{
    public PersonId Id { get; private set; }
    /// <summary>The agency that registered her, and owns the record.</summary>
    public AgencyId AgencyId { get; private set; }
    public Sex Sex { get; private set; }
    /// <summary>Year only: the exact date is sealed. Used for duplicate detection and age bands.</summary>
    public int? YearOfBirth { get; private set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Nationality { get; private set; }
    /// <summary>ISO 639-1 codes, comma-separated.</summary>
    public string Languages { get; private set; } = "";
    public byte[] SealedIdentity { get; private set; } = [];
    /// <summary>The field key that sealed the identity; lets a key rotation find what to re-seal.</summary>
    public int IdentityKeyId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: a second save of a stale copy is refused.</summary>
    public int Version { get; private set; }
    /// <summary>Set when a supervisor found this record to be a duplicate of another: that one carries on.</summary>
    public PersonId? MergedInto { get; private set; }

    private Person() { }

    public const string RecordType = "person";

    public static Person Register(PersonId id, AgencyId agency, PersonFacts facts, byte[] sealedIdentity, int keyId, Guid? by, DateTime now) => new()
    {
        Id = id,
        AgencyId = agency,
        Sex = facts.Sex,
        YearOfBirth = facts.YearOfBirth,
        Nationality = facts.Nationality,
        Languages = string.Join(',', facts.Languages),
        SealedIdentity = sealedIdentity,
        IdentityKeyId = keyId,
        CreatedAt = now,
        CreatedBy = by,
        UpdatedAt = now,
    };

    public void MergeInto(PersonId survivor)
    {
        MergedInto = survivor;
        Version++;
    }

    public void Unmerge()
    {
        MergedInto = null;
        Version++;
    }

    public void Reseal(byte[] sealedIdentity, int keyId)
    {
        SealedIdentity = sealedIdentity;
        IdentityKeyId = keyId;
        Version++;
    }

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>What may be stored in clear about a person.</summary>
public sealed record PersonFacts(Sex Sex, int? YearOfBirth, string? Nationality, IReadOnlyList<string> Languages);

/// <summary>What identifies a person: always sealed, never logged, never in a URL.</summary>
public sealed record PersonIdentity(
    string? GivenName,
    string? FamilyName,
    string? NameArabic,
    IReadOnlyList<string> Aliases,
    string? DateOfBirth,
    string? Phone,
    string? Address,
    IReadOnlyList<IdentityDocument> Documents)
{
    /// <summary>The name to show: Latin given and family names, else the Arabic name.</summary>
    public string DisplayName => string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } latin
        ? latin : NameArabic ?? "";

    /// <summary>Every name under which she may be found: for the blind index and duplicate detection.</summary>
    public IEnumerable<string> AllNames()
    {
        var latin = string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        if (latin.Length > 0) yield return latin;
        if (!string.IsNullOrWhiteSpace(NameArabic)) yield return NameArabic;
        foreach (var alias in Aliases.Where(a => !string.IsNullOrWhiteSpace(a))) yield return alias;
    }
}

public sealed record IdentityDocument(string Type, string Number, string? Country);

/// <summary>HTCDS prs_Gender values, as Sanad's API codes.</summary>
public enum Sex
{
    Unknown,
    Female,
    Male,
    Other,
}
