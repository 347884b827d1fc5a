using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Domain.Research;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Research;

/// <summary>
/// Sanad's cases in the CTDC layout: a snapshot stored as a dataset of kind "cases" (releases are
/// prepared from it like from an imported file), or, for the operator on the host, a CSV file. A
/// record holds coded facts only: no case id, reference, name or free text, and the records are
/// sorted by their values, so their order says nothing of which case came first (decision 0034).
/// </summary>
public sealed class CaseSnapshots(SanadDb db, AccessScope caller, FieldSealer sealer, AuditTrail audit, StatisticalDatasets datasets, TimeProvider clock)
{
    /// <summary>Birth dates unsealed at a time, for the people whose year of birth leaves an age band open.</summary>
    private const int IdentityBatch = 1_000;

    /// <summary>
    /// The coordinator, who reads every case of the country, and the operator on the host. Not the
    /// researcher: a snapshot reads case data, which her role never does; she works from the dataset it makes.
    /// </summary>
    public bool MayTake => caller.IsSystem || (!caller.IsAdmin && caller.IsInRole(Roles.Coordinator));

    public async Task<Result<DatasetView>> SnapshotAsync(string? name, CancellationToken ct = default)
    {
        if (!MayTake) return Error.Forbidden("Only a coordinator takes a snapshot of the cases.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        name = string.IsNullOrWhiteSpace(name) ? $"Cases {today:yyyy-MM-dd}" : name.Trim();
        if (name.Length > 200) return Error.Invalid("Give the dataset a name of at most 200 characters.") with { Field = "name" };
        var table = await ReadAsync(ct);
        if (table.RowCount == 0) return Error.Invalid("There is no case to take a snapshot of.");
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        await using (var writer = new StreamWriter(hashing, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
            CtdcWriter.Write(writer, table);
        var dataset = await datasets.StoreAsync(name, DatasetKinds.Cases, $"Sanad cases, {today:yyyy-MM-dd}", table, Convert.ToHexStringLower(sha.Hash!), ct);
        await audit.RecordAsync("research.cases-snapshot", AuditOutcome.Success, "dataset", dataset.Id.ToString(), $"{dataset.RecordCount} records");
        return (await datasets.OneAsync(dataset.Id, ct))!;
    }

    /// <summary>Writes the cases in the CTDC layout to a file, atomically; for the operator on the host.</summary>
    public async Task<Result<int>> ExportAsync(string path, CancellationToken ct = default)
    {
        if (!MayTake) return Error.Forbidden("Only a coordinator takes a snapshot of the cases.");
        var table = await ReadAsync(ct);
        CtdcWriter.Write(path, table);
        await audit.RecordAsync("research.cases-exported", AuditOutcome.Success, "file", Path.GetFileName(path), $"{table.RowCount} records");
        return table.RowCount;
    }

    /// <summary>
    /// Every case the caller may read, except those whose person was found not to be a victim, as CTDC
    /// records. Two streamed queries (events, then cases with their person's coded facts), and birth
    /// dates unsealed in batches only where the year of birth leaves a band open: never a query per case.
    /// </summary>
    internal async Task<CtdcTable> ReadAsync(CancellationToken ct)
    {
        var journeys = await JourneysAsync(ct);
        var table = new CtdcTable();
        var waiting = new List<(PersonId Person, CaseFacts Facts)>();
        var cases = from c in db.Cases.AsNoTracking()
                    where c.TraffickingStatus == null || c.TraffickingStatus != TraffickingStatus.NotAVictim
                    join p in db.People.AsNoTracking() on c.PersonId equals p.Id
                    select new
                    {
                        c.Id, c.OpenedAt, c.MethodsOfControl, c.LabourExploitation, c.SexExploitation, c.LabourIndustries, c.RecruiterRelationship,
                        PersonId = p.Id, p.Sex, p.YearOfBirth, p.Nationality,
                    };
        await foreach (var c in cases.AsAsyncEnumerable().WithCancellation(ct))
        {
            var facts = new CaseFacts(DateOnly.FromDateTime(c.OpenedAt), c.Sex, c.YearOfBirth, null, c.Nationality, c.MethodsOfControl, c.LabourExploitation,
                c.SexExploitation, c.LabourIndustries, c.RecruiterRelationship, journeys.GetValueOrDefault(c.Id) ?? CaseJourney.None);
            if (CaseToCtdc.NeedsBirthDate(facts)) waiting.Add((c.PersonId, facts));
            else Append(table, facts);
        }
        foreach (var batch in waiting.Chunk(IdentityBatch))
        {
            var ids = batch.Select(w => w.Person).Distinct().ToList();
            var sealedIdentities = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.SealedIdentity }).ToDictionaryAsync(p => p.Id, p => p.SealedIdentity, ct);
            var born = new Dictionary<PersonId, DateOnly?>();
            foreach (var (id, sealedIdentity) in sealedIdentities)
                born[id] = IsoDate.Parse((await sealer.OpenAsync<PersonIdentity>(sealedIdentity, Person.RecordType, id.Value, ct)).DateOfBirth);
            foreach (var (person, facts) in batch) Append(table, facts with { BirthDate = born.GetValueOrDefault(person) });
        }
        SortByValues(table);
        return table;
    }

    private static void Append(CtdcTable table, CaseFacts facts)
    {
        var values = CaseToCtdc.Map(facts);
        for (var c = 0; c < values.Length; c++) table.Columns[c].Append(table.Columns[c].Intern(values[c]));
    }

    /// <summary>The trafficking events of the cases the caller may read, reduced to one journey per case.</summary>
    private async Task<Dictionary<CaseId, CaseJourney>> JourneysAsync(CancellationToken ct)
    {
        var events = from e in db.TraffickingEvents.AsNoTracking()
                     join c in db.Cases.AsNoTracking() on e.CaseId equals c.Id
                     select new { e.CaseId, e.Type, e.Country, e.Date, e.Means, e.Purposes, e.RecordedAt };
        var builders = new Dictionary<CaseId, JourneyBuilder>();
        await foreach (var e in events.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!builders.TryGetValue(e.CaseId, out var journey)) builders[e.CaseId] = journey = new JourneyBuilder();
            journey.Add(e.Type, e.Country, e.Date, e.RecordedAt, e.Means, e.Purposes);
        }
        return builders.ToDictionary(b => b.Key, b => b.Value.Build());
    }

    /// <summary>Puts the records in the order of their values, column by column, so no record's place points back to its case.</summary>
    private static void SortByValues(CtdcTable table)
    {
        var columns = table.Columns;
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        Array.Sort(order, (a, b) =>
        {
            foreach (var column in columns)
            {
                var codes = column.Codes;
                if (codes[a] == codes[b]) continue;
                return string.CompareOrdinal(column.Values[codes[a]], column.Values[codes[b]]);
            }
            return 0;
        });
        foreach (var column in columns)
        {
            var codes = column.Codes;
            var before = codes.ToArray();
            for (var r = 0; r < order.Length; r++) codes[r] = before[order[r]];
        }
    }

    private sealed class JourneyBuilder
    {
        private DateOnly? _recruited, _exploited;
        private (string Country, DateOnly Date, DateTime RecordedAt)? _exploitationPlace;
        private readonly HashSet<string> _means = [], _purposes = [];

        public void Add(TraffickingEventType type, string? country, DateOnly? date, DateTime recordedAt, string means, string purposes)
        {
            _means.UnionWith(means.Split(',', StringSplitOptions.RemoveEmptyEntries));
            _purposes.UnionWith(purposes.Split(',', StringSplitOptions.RemoveEmptyEntries));
            if (type == TraffickingEventType.Recruitment && date is { } recruited && (_recruited is null || recruited < _recruited)) _recruited = recruited;
            if (type != TraffickingEventType.Exploitation) return;
            if (date is { } exploited && (_exploited is null || exploited < _exploited)) _exploited = exploited;
            // The first place of exploitation: by date (undated last), then by when it was recorded.
            if (string.IsNullOrWhiteSpace(country)) return;
            var place = (country, date ?? DateOnly.MaxValue, recordedAt);
            if (_exploitationPlace is not { } current || (place.Item2, place.recordedAt).CompareTo((current.Date, current.RecordedAt)) < 0) _exploitationPlace = place;
        }

        public CaseJourney Build() => new(_recruited, _exploited, _exploitationPlace?.Country, _means, _purposes);
    }
}
