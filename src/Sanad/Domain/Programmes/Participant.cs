namespace Sanad.Domain.Programmes;

public readonly record struct ParticipantId(Guid Value)
{
    public static ParticipantId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>What identifies a participant: sealed as one value, opened for the programme role only.</summary>
public sealed record ParticipantIdentity(string Name, string? Position, string? Email, string? Phone);

/// <summary>
/// Someone who takes part in trainings, dialogues or study visits: an official, an NGO worker, a
/// researcher. Never a person of the case module. Name, position, e-mail and phone are sealed; sex,
/// organisation and country stay in clear because knowledge gain and the logframe count by them.
/// Duplicates are found through keyed hashes of the e-mail and of name + organisation, never by the clear text.
/// </summary>
public sealed class Participant
{
    public const string RecordType = "programme-participant";

    public ParticipantId Id { get; private set; }
    public OrganisationId OrganisationId { get; private set; }
    /// <summary>female, male or other: the codes the knowledge-gain breakdown uses.</summary>
    public string Sex { get; private set; } = "";
    public string Country { get; private set; } = "";
    public byte[] SealedIdentity { get; private set; } = [];
    /// <summary>Keyed hash of the normalised e-mail, for duplicate warnings; null without an e-mail.</summary>
    public string? EmailKey { get; private set; }
    /// <summary>Keyed hash of the normalised name and the organisation, for duplicate warnings.</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>Whether they agreed to be contacted after the event, and the day they said so.</summary>
    public bool ConsentsToContact { get; private set; }
    public DateOnly? ConsentRecordedOn { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private Participant() { }

    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other"];

    public static Participant Register(OrganisationId organisation, string sex, string country, bool consents, DateOnly? consentOn, DateTime now) => new()
    {
        Id = ParticipantId.New(), OrganisationId = organisation, Sex = sex, Country = country.Trim().ToUpperInvariant(),
        ConsentsToContact = consents, ConsentRecordedOn = consentOn, UpdatedAt = now,
    };

    public void Change(OrganisationId organisation, string sex, string country, bool consents, DateOnly? consentOn, DateTime now)
    {
        OrganisationId = organisation;
        Sex = sex;
        Country = country.Trim().ToUpperInvariant();
        ConsentsToContact = consents;
        ConsentRecordedOn = consentOn;
        UpdatedAt = now;
        Version++;
    }

    public void Seal(byte[] sealedIdentity, string? emailKey, string nameKey)
    {
        SealedIdentity = sealedIdentity;
        EmailKey = emailKey;
        NameKey = nameKey;
    }

    /// <summary>Key rotation: the same identity under the new key.</summary>
    public void Reseal(byte[] sealedIdentity) => SealedIdentity = sealedIdentity;
}
