using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.People;
using Sanad.Domain.People.Names;
using Sanad.Security.Encryption;

namespace Sanad.Features.People;

/// <summary>The rows that index one person's names.</summary>
public sealed record NameIndexRows(IReadOnlyList<PersonName> Names, IReadOnlyList<PersonNameKey> Keys);

/// <summary>
/// The blind index over people's names: every name's keys (normalised spelling, sound, typo
/// variants) pass through HMAC-SHA256 with the node's name-index key before they are stored, so
/// the index finds "محمد عبد الرحمن" from "Mohamed Abdelrahman" without holding either.
/// Duplicate detection looks across every agency of the node on purpose: the same woman
/// registered by the police and by a shelter is exactly what it must catch. It answers with ids,
/// scores and reasons, never a name.
/// </summary>
public sealed class NameIndex(SanadDb db, KeyRing keys)
{
    /// <summary>
    /// Candidates scored in full. The index ranks people by how many of the probe's keys they share
    /// before any fingerprint is loaded, so a common name does not mean hundreds of fingerprints per request.
    /// </summary>
    private const int MaxCandidates = 60;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Func<string, string>> KeyedHashAsync(CancellationToken ct = default)
    {
        var secret = await keys.NameIndexKeyAsync(ct);
        // 16 bytes of the MAC are plenty for an index key and keep the index small.
        return key => Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)).TrimEnd('=');
    }

    /// <summary>Adds the index rows of a person's names to the unit of work (saved with the person).</summary>
    public async Task AddAsync(PersonId person, PersonIdentity identity, CancellationToken ct = default)
    {
        var rows = RowsOf(person, identity, await KeyedHashAsync(ct));
        db.PersonNames.AddRange(rows.Names);
        db.PersonNameKeys.AddRange(rows.Keys);
    }

    /// <summary>
    /// The index rows of a person's names: one fingerprint per name, and each distinct key once.
    /// The only place keys are made, for registration and for bulk seeding alike.
    /// </summary>
    public static NameIndexRows RowsOf(PersonId person, PersonIdentity identity, Func<string, string> keyedHash)
    {
        var names = new List<PersonName>(2);
        var allKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in identity.AllNames())
        {
            var fingerprint = NameKeys.Fingerprint(name, keyedHash);
            if (fingerprint.TokenCount == 0) continue;
            names.Add(PersonName.Of(person, Serialise(fingerprint)));
            allKeys.UnionWith(fingerprint.IndexKeys());
        }
        return new NameIndexRows(names, [.. allKeys.Select(key => PersonNameKey.Of(person, key))]);
    }

    /// <summary>People of the whole node whose names share a spelling or sound key with the probe, ranked.</summary>
    public async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(string name, RecordedSex sex, int? birthYear, string? nationality, int max, CancellationToken ct = default)
    {
        var hash = await KeyedHashAsync(ct);
        var probe = new DuplicateProbe(NameKeys.Fingerprint(name, hash), sex, birthYear, nationality);
        if (probe.Name.TokenCount == 0) return [];
        // Spelling and sound keys pull candidates; typo keys of short names are too common to look up by.
        var lookup = probe.Name.Tokens.SelectMany(t => new[] { t.Normalised, t.Phonetic }).Distinct().ToList();
        var ids = await db.PersonNameKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => lookup.Contains(k.Key))
            .GroupBy(k => k.PersonId)
            .Select(g => new { PersonId = g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared)
            .Take(MaxCandidates)
            .Select(g => g.PersonId)
            .ToListAsync(ct);
        if (ids.Count == 0) return [];
        var facts = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedInto == null)
            .Select(p => new { p.Id, p.Sex, p.YearOfBirth, p.Nationality }).ToDictionaryAsync(p => p.Id, ct);
        var names = await db.PersonNames.IgnoreQueryFilters().AsNoTracking().Where(n => ids.Contains(n.PersonId)).ToListAsync(ct);
        var candidates = names.Where(n => facts.ContainsKey(n.PersonId)).Select(n =>
        {
            var f = facts[n.PersonId];
            return new DuplicateCandidate(n.PersonId.Value, Deserialise(n.Fingerprint), ToRecorded(f.Sex), f.YearOfBirth, f.Nationality);
        });
        // A person with several names (Latin, Arabic, aliases) counts once, by her best-matching name.
        return DuplicateScorer.Rank(probe, candidates, max * 4)
            .GroupBy(m => m.PersonId).Select(g => g.First()).Take(max).ToList();
    }

    public static RecordedSex ToRecorded(Sex sex) => sex switch
    {
        Sex.Female => RecordedSex.Female,
        Sex.Male => RecordedSex.Male,
        _ => RecordedSex.Unknown,
    };

    private sealed record StoredToken(string N, string P, string? V, IReadOnlyList<string> T);

    private static string Serialise(NameFingerprint fingerprint) =>
        JsonSerializer.Serialize(fingerprint.Tokens.Select(t => new StoredToken(t.Normalised, t.Phonetic, t.Vowels, t.Typo)), Json);

    private static NameFingerprint Deserialise(string json) =>
        new(JsonSerializer.Deserialize<List<StoredToken>>(json, Json)!.Select(t => new HashedTokenKeys(t.N, t.P, t.V, t.T)).ToList());
}
