namespace Sanad.Domain.People;

/// <summary>Versions of the blind name index: 1 token keys; 2 adds pair keys (two names together).</summary>
public static class NameIndexVersion
{
    public const int Current = 2;
}

/// <summary>
/// One name of a person as the blind index keeps it: the keyed hashes of its tokens in order
/// (a <see cref="Names.NameFingerprint"/>), never the name. Without the node's name-index key the
/// hashes cannot be tested against a list of names.
/// </summary>
public sealed class PersonName
{
    public long Id { get; private set; }
    public PersonId PersonId { get; private set; }
    /// <summary>The fingerprint as JSON: per token, its hashed keys.</summary>
    public string Fingerprint { get; private set; } = "";

    private PersonName() { }

    public static PersonName Of(PersonId person, string fingerprint) => new() { PersonId = person, Fingerprint = fingerprint };
}

/// <summary>A hashed name key pointing at a person: what a duplicate check or a name search looks up.</summary>
public sealed class PersonNameKey
{
    public PersonId PersonId { get; private set; }
    public string Key { get; private set; } = "";

    private PersonNameKey() { }

    public static PersonNameKey Of(PersonId person, string key) => new() { PersonId = person, Key = key };
}
