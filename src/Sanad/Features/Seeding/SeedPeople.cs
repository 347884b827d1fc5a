using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Features.Cases;
using Sanad.Features.People;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Seeding;

/// <summary>
/// Writes generated people and their cases through the real protections: identities sealed by
/// <see cref="FieldSealer"/> and names indexed by <see cref="NameIndex"/> exactly as
/// <see cref="RegisterPerson"/> does, references taken from the yearly <see cref="CaseCounter"/>
/// after the numbers already given. Works in batches, each one transaction, so a large seed
/// keeps memory flat and an interrupted one leaves whole people with whole cases.
/// </summary>
public sealed class SeedPeople(SanadDb db, FieldSealer sealer, NameIndex names, AuditTrail audit, NodeSettingsCache settings, Jurisdictions.JurisdictionRules jurisdictions, IConfiguration config, TimeProvider clock)
{
    public const int BatchSize = 2000;

    /// <summary>Agencies of the demo and their share of its people: mostly the Jordanian mechanism, some Belgian.</summary>
    private static readonly Dictionary<string, double> DemoShares = new()
    {
        ["JO-KARAMA"] = 30, ["JO-PSD-AHTU"] = 25, ["JO-MOL-INSP"] = 20, ["JO-LEGAL-AID"] = 15, ["BE-PAYOKE"] = 5, ["BE-FEDPOL"] = 5,
    };

    public static IReadOnlyCollection<string> DemoAgencyCodes => DemoShares.Keys;

    /// <summary>
    /// The agencies to spread people over: the one named; else the demo agencies present, in the
    /// demo's shares; else every active agency evenly.
    /// </summary>
    public async Task<Result<IReadOnlyList<SeedAgency>>> AgenciesAsync(string? code, CancellationToken ct = default)
    {
        var all = await db.Agencies.AsNoTracking().Where(a => a.IsActive)
            .Select(a => new { a.Id, a.Code, a.Country, a.Kind }).ToListAsync(ct);
        if (code is not null)
        {
            var wanted = Agency.NormaliseCode(code);
            return all.SingleOrDefault(a => a.Code == wanted) is { } one
                ? new[] { new SeedAgency(one.Id, one.Code, one.Country, one.Kind, 1) }
                : Error.NotFound("No agency has the code {0}.") with { Args = [wanted] };
        }
        var demo = all.Where(a => DemoShares.ContainsKey(a.Code)).Select(a => new SeedAgency(a.Id, a.Code, a.Country, a.Kind, DemoShares[a.Code])).ToList();
        if (demo.Count > 0) return demo;
        if (all.Count == 0) return Error.Invalid("There is no agency to register people for: add one first.");
        return all.Select(a => new SeedAgency(a.Id, a.Code, a.Country, a.Kind, 1)).ToList();
    }

    /// <summary>
    /// Writes the people with their cases; reports the running total after each batch. Returns how
    /// many were written. While one batch is written, the next is sealed and indexed on the other
    /// cores: both halves cost about the same, so seeding runs at the pace of the slower one.
    /// </summary>
    public async Task<int> WriteAsync(IEnumerable<GeneratedPerson> people, Action<int>? progress = null, CancellationToken ct = default)
    {
        var country = (await settings.GetAsync()).Country;
        var format = config["Cases:ReferenceFormat"];
        // Generated cases start where a new case starts: at the first stage of the node's jurisdiction.
        var stage = (await jurisdictions.ForNodeAsync(ct))?.Rules.FirstStage.Code;
        var hash = await names.KeyedHashAsync(ct);
        // Warm the key ring once here, so the parallel sealing below never loads a key.
        await sealer.SealAsync("", Person.RecordType, Guid.Empty, ct);
        var written = 0;
        Task<PreparedPerson[]>? pending = null;
        foreach (var batch in people.Chunk(BatchSize))
        {
            var preparing = Task.Run(() => PrepareAsync(batch, hash, ct), ct);
            if (pending is not null) written += await WriteBatchAsync(await pending, country, format, stage, progress, written, ct);
            pending = preparing;
        }
        if (pending is not null) written += await WriteBatchAsync(await pending, country, format, stage, progress, written, ct);
        // The bulk path bypasses the change tracker that keeps the dashboards' facts.
        await CaseFactsKeeping.FillMissingAsync(db, ct);
        // One entry for the run: these are invented people, and the trail says who added them and how many.
        await audit.RecordAsync("people.seeded", AuditOutcome.Success, Person.RecordType, null, $"count:{written}");
        return written;
    }

    /// <summary>A generated person sealed and indexed exactly as <see cref="RegisterPerson"/> would store her.</summary>
    private sealed record PreparedPerson(GeneratedPerson Generated, Person Person, NameIndexRows Names);

    private async Task<PreparedPerson[]> PrepareAsync(GeneratedPerson[] batch, Func<string, string> hash, CancellationToken ct)
    {
        // Within a year, references follow the opening dates, as if each case had been opened on its day.
        var ordered = batch.OrderBy(p => p.Case.OpenedAt).ToArray();
        var prepared = new PreparedPerson[ordered.Length];
        await Parallel.ForAsync(0, ordered.Length, ct, async (i, token) =>
        {
            var person = ordered[i];
            var id = PersonId.New();
            var sealedIdentity = await sealer.SealAsync(person.Identity, Person.RecordType, id.Value, token);
            var row = Person.Register(id, person.Agency, person.Facts, sealedIdentity, FieldSealer.KeyIdOf(sealedIdentity), null, person.Case.OpenedAt);
            prepared[i] = new PreparedPerson(person, row, NameIndex.RowsOf(id, person.Identity, hash));
        });
        return prepared;
    }

    private async Task<int> WriteBatchAsync(PreparedPerson[] batch, string country, string? format, string? stage, Action<int>? progress, int before, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var years = batch.Select(p => p.Generated.Case.OpenedAt.Year).Distinct().ToList();
        var counters = await db.CaseCounters.Where(c => years.Contains(c.Year)).ToDictionaryAsync(c => c.Year, ct);
        var cases = new List<Case>(batch.Length);
        foreach (var person in batch)
        {
            var opened = person.Generated.Case.OpenedAt;
            if (!counters.TryGetValue(opened.Year, out var counter))
            {
                counter = CaseCounter.Start(opened.Year);
                counters[opened.Year] = counter;
                db.CaseCounters.Add(counter);
            }
            var opening = Case.Open(OpenCase.Reference(format, country, opened.Year, counter.Next()), person.Person.Id, person.Generated.Agency, null, stage, opened);
            // No history lines: nobody edited these cases, they were made in this state.
            opening.Apply(person.Generated.Case.Change, person.Generated.Case.UpdatedAt);
            cases.Add(opening);
        }
        // Rows go in by the provider's bulk path (EF Core's change tracking and per-row statements held seeding near 1,500 people/s);
        // parents before children, for the foreign keys.
        // Its own random stream (not the generator's), so the people generated stay the same whatever is drawn here.
        var (decisions, services) = SeededAssistance.For(cases, new Random(before), clock.GetUtcNow().UtcDateTime);
        await using (var bulk = BulkInsert.For(db))
        {
            await bulk.InsertAsync(batch.Select(p => p.Person).ToList(), ct);
            await bulk.InsertAsync(batch.SelectMany(p => p.Names.Names).ToList(), ct);
            await bulk.InsertAsync(batch.SelectMany(p => p.Names.Keys).ToList(), ct);
            await bulk.InsertAsync(cases, ct);
            await bulk.InsertAsync(decisions, ct);
            await bulk.InsertAsync(services, ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        progress?.Invoke(before + batch.Length);
        return batch.Length;
    }
}
