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
    /// Candidates scored in full from each lookup. The index ranks people before any fingerprint is
    /// loaded, so a common name does not mean hundreds of fingerprints per request.
    /// </summary>
    private const int MaxCandidates = 60;

    /// <summary>Postings read per single-name key; beyond this the name is too common to find anyone by.</summary>
    private const int PostingLimit = 200;
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

    /// <summary>
    /// People whose names share keys with the probe, ranked: across the whole node (duplicate check),
    /// or among the people of <paramref name="within"/> (a case search sees its own agency's people).
    /// </summary>
    public async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(string name, RecordedSex sex, int? birthYear, string? nationality, int max,
        CancellationToken ct = default, IQueryable<PersonId>? within = null)
    {
        var hash = await KeyedHashAsync(ct);
        var probe = new DuplicateProbe(NameKeys.Fingerprint(name, hash), sex, birthYear, nationality);
        if (probe.Name.TokenCount == 0) return [];
        // Index rows carry no agency; the agency wall of a case search comes from within's own query filter.
        var everyone = db.PersonNameKeys.AsNoTracking();
        var postings = within is null ? everyone : everyone.Where(k => within.Any(p => p == k.PersonId));
        // Duplicates are looked for across agencies; EF drops every filter of a query that ignores one, so only then.
        var people = within is null ? db.People.IgnoreQueryFilters() : db.People;
        var facts = await ByPairsAsync(postings, people, probe, ct);
        var more = (await ByRareNamesAsync(everyone, postings, probe.Name, ct)).Where(id => !facts.ContainsKey(id)).ToList();
        if (more.Count > 0)
        {
            foreach (var f in await people.AsNoTracking().Where(p => more.Contains(p.Id) && p.MergedInto == null)
                .Select(p => new CandidateFacts(p.Id, p.Sex, p.YearOfBirth, p.Nationality)).ToListAsync(ct))
                facts[f.Id] = f;
        }
        if (facts.Count == 0) return [];
        var ids = facts.Keys.ToList();
        var names = await db.PersonNames.AsNoTracking().Where(n => ids.Contains(n.PersonId))
            .Select(n => new { n.PersonId, n.Fingerprint }).ToListAsync(ct);
        var candidates = names.Select(n =>
        {
            var f = facts[n.PersonId];
            return new DuplicateCandidate(n.PersonId.Value, Deserialise(n.Fingerprint), ToRecorded(f.Sex), f.YearOfBirth, f.Nationality);
        });
        // A person with several names (Latin, Arabic, aliases) counts once, by her best-matching name.
        return DuplicateScorer.Rank(probe, candidates, max * 4)
            .GroupBy(m => m.PersonId).Select(g => g.First()).Take(max).ToList();
    }

    private sealed record CandidateFacts(PersonId Id, Sex Sex, int? YearOfBirth, string? Nationality);

    /// <summary>
    /// People sharing two of the probe's names, most pairs first, then those whose sex, birth year
    /// and nationality agree: a few hundred rows at most even for the commonest names of a million people.
    /// </summary>
    private static async Task<Dictionary<PersonId, CandidateFacts>> ByPairsAsync(IQueryable<PersonNameKey> postings, IQueryable<Person> people,
        DuplicateProbe probe, CancellationToken ct)
    {
        var pairs = probe.Name.PairKeys;
        if (pairs.Count == 0) return [];
        Sex? sex = probe.Sex switch { RecordedSex.Female => Sex.Female, RecordedSex.Male => Sex.Male, _ => null };
        var (year, nationality) = (probe.BirthYear ?? 0, probe.Nationality ?? "");
        var shared = postings.Where(k => pairs.Contains(k.Key)).GroupBy(k => k.PersonId).Select(g => new { PersonId = g.Key, Count = g.Count() });
        var ranked = from s in shared
                     join p in people on s.PersonId equals p.Id
                     where p.MergedInto == null
                     orderby s.Count descending,
                         (p.Sex == sex ? 1 : 0) + (p.YearOfBirth >= year - 1 && p.YearOfBirth <= year + 1 ? 1 : 0) + (p.Nationality == nationality ? 1 : 0) descending
                     select new CandidateFacts(p.Id, p.Sex, p.YearOfBirth, p.Nationality);
        return await ranked.Take(MaxCandidates).ToDictionaryAsync(f => f.Id, ct);
    }

    /// <summary>
    /// People sharing a spelling or sound key of one name that few people have: what finds a typo in
    /// one of two names. Each key is first counted across the node up to <see cref="PostingLimit"/>;
    /// a key with more (a common name) tells nobody apart and is left to the pairs, so no search
    /// reads a whole "Mohammed". A lone common name with no pair still gets a short list from its
    /// first key. Typo keys are too common to look up by: they only score the candidates found here.
    /// </summary>
    private async Task<IReadOnlyList<PersonId>> ByRareNamesAsync(IQueryable<PersonNameKey> everyone, IQueryable<PersonNameKey> postings,
        NameFingerprint name, CancellationToken ct)
    {
        var keys = name.Tokens.SelectMany(t => new[] { t.Normalised, t.Phonetic }).Distinct().ToList();
        var counted = await keys.Select(key => everyone.Where(k => k.Key == key).Take(PostingLimit + 1).Select(k => k.Key))
            .Aggregate(Queryable.Concat).GroupBy(k => k).Select(g => new { Key = g.Key, Count = g.Count() }).ToListAsync(ct);
        var rare = counted.Where(c => c.Count <= PostingLimit).Select(c => c.Key).ToList();
        if (rare.Count > 0)
            return await postings.Where(k => rare.Contains(k.Key)).GroupBy(k => k.PersonId).OrderByDescending(g => g.Count())
                .Take(MaxCandidates).Select(g => g.Key).ToListAsync(ct);
        if (name.PairKeys.Count > 0 || counted.Count == 0) return [];
        var first = keys[0];
        return await postings.Where(k => k.Key == first).Take(MaxCandidates).Select(k => k.PersonId).ToListAsync(ct);
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
