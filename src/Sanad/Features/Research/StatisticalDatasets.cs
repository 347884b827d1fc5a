using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Research;
using Sanad.Features.Seeding;
using Sanad.Security;

namespace Sanad.Features.Research;

/// <summary>What anyone allowed into the research area sees of a dataset: never a record.</summary>
public sealed record DatasetView(
    Guid Id, string Name, string Kind, string Source, string? CreatedBy, DateTime CreatedAt, int RecordCount, string Sha256,
    double EpsilonSpent, double EpsilonCap, int Version);

/// <summary>An import: the dataset stored, or the error that refused it with every problem of the file (line-numbered, the first 100).</summary>
public sealed record DatasetImport(DatasetView? Dataset, Error? Error, IReadOnlyList<Error> Problems);

/// <summary>
/// Statistical datasets: CTDC files imported, or snapshots of Sanad's cases, stored as records that
/// are not people and never become cases. A file with any problem is refused whole, with its
/// line-numbered report, and nothing of it is stored: the dataset and its records are written in one transaction.
/// </summary>
public sealed class StatisticalDatasets(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock, ResearchOptions options)
{
    /// <summary>Records sent to the database at a time: bounded memory, whatever the file's size.</summary>
    private const int Batch = 10_000;

    /// <summary>The researcher and the coordinator work with datasets; the operator on the host (system scope) too.</summary>
    public bool MayUse => caller.IsSystem || (!caller.IsAdmin && (caller.IsInRole(Roles.Researcher) || caller.IsInRole(Roles.Coordinator)));

    public async Task<DatasetImport> ImportAsync(string name, string fileName, Stream content, CancellationToken ct = default)
    {
        if (!MayUse) return new(null, Error.Forbidden("Only a researcher or a coordinator works with research datasets."), []);
        // Without a name the file's own name serves, as researchers know their files by it.
        if (string.IsNullOrWhiteSpace(name)) name = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
            return new(null, Error.Invalid("Give the dataset a name of at most 200 characters.") with { Field = "name" }, []);
        using var sha = SHA256.Create();
        // The hash is taken as the file streams through the reader: one pass, however large the file. A
        // readable file is read to its end, which completes the hash; the reader closes the stream.
        var read = CtdcReader.Read(new StreamReader(new CryptoStream(content, sha, CryptoStreamMode.Read, leaveOpen: true)));
        if (!read.Succeeded)
            return new(null, Error.Invalid("The file is refused: {0} problems, nothing was stored.", read.ProblemCount) with { Field = "file" }, read.Problems);
        var source = Path.GetFileName(fileName);
        var dataset = await StoreAsync(name.Trim(), DatasetKinds.Imported, source.Length > 300 ? source[..300] : source, read.Table!, Convert.ToHexStringLower(sha.Hash!), ct);
        await audit.RecordAsync("research.dataset-imported", AuditOutcome.Success, "dataset", dataset.Id.ToString(), $"{dataset.RecordCount} records");
        return new(await ViewAsync(dataset, ct), null, []);
    }

    /// <summary>Writes the dataset and all its records in one transaction, by the provider's bulk path.</summary>
    internal async Task<StatisticalDataset> StoreAsync(string name, string kind, string source, CtdcTable table, string sha256, CancellationToken ct)
    {
        var dataset = StatisticalDataset.Create(name, kind, source, caller.UserId, clock.GetUtcNow().UtcDateTime, table.RowCount, sha256);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.StatisticalDatasets.Add(dataset);
            await db.SaveChangesAsync(ct);
            await using (var bulk = BulkInsert.For(db))
            {
                var rows = new List<StatisticalRecord>(Math.Min(Batch, table.RowCount));
                var columns = table.Columns;
                for (var r = 0; r < table.RowCount; r++)
                {
                    var values = new string?[columns.Count];
                    for (var c = 0; c < columns.Count; c++) values[c] = columns[c][r];
                    rows.Add(new StatisticalRecord(dataset.Id, r + 1, values));
                    if (rows.Count < Batch) continue;
                    await bulk.InsertAsync(rows, ct);
                    rows.Clear();
                }
                await bulk.InsertAsync(rows, ct);
            }
            await transaction.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
        return dataset;
    }

    public async Task<IReadOnlyList<DatasetView>> ListAsync(CancellationToken ct = default)
    {
        if (!MayUse) return [];
        var rows = await db.StatisticalDatasets.AsNoTracking().OrderByDescending(d => d.CreatedAt).ToListAsync(ct);
        var views = new List<DatasetView>(rows.Count);
        foreach (var row in rows) views.Add(await ViewAsync(row, ct));
        return views;
    }

    public async Task<DatasetView?> OneAsync(DatasetId id, CancellationToken ct = default) =>
        MayUse && await db.StatisticalDatasets.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is { } found ? await ViewAsync(found, ct) : null;

    /// <summary>The records of a dataset as a table, in their order, for the release methods. Never shown to anyone.</summary>
    internal async Task<CtdcTable> LoadAsync(DatasetId id, CancellationToken ct)
    {
        var table = new CtdcTable();
        var names = CtdcLayout.Columns.Select(c => c.Name).ToArray();
        await foreach (var record in db.StatisticalRecords.AsNoTracking().Where(r => r.DatasetId == id).OrderBy(r => r.Row).AsAsyncEnumerable().WithCancellation(ct))
            for (var c = 0; c < names.Length; c++)
                table.Columns[c].Append(table.Columns[c].Intern(record[names[c]] ?? CtdcCodes.Missing));
        return table;
    }

    private async Task<DatasetView> ViewAsync(StatisticalDataset d, CancellationToken ct)
    {
        var by = d.CreatedBy is { } user ? await db.Users.AsNoTracking().Where(u => u.Id == user).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        return new DatasetView(d.Id.Value, d.Name, d.Kind, d.Source, by, d.CreatedAt, d.RecordCount, d.Sha256, d.EpsilonSpent, options.EpsilonCap, d.Version);
    }
}

/// <summary>Settings of the research area (section <c>Research</c>).</summary>
public sealed record ResearchOptions(double EpsilonCap)
{
    /// <summary>
    /// Total epsilon that DP releases of one dataset may spend, prepared and approved together.
    /// 10 allows two releases at synthetic-data-showcase's epsilon of 4 and a smaller third.
    /// </summary>
    public const double DefaultEpsilonCap = 10;

    public static ResearchOptions From(IConfiguration config)
    {
        var cap = config.GetValue("Research:EpsilonCap", DefaultEpsilonCap);
        if (!(cap > 0)) throw new InvalidOperationException("Research:EpsilonCap must be a number greater than 0.");
        return new ResearchOptions(cap);
    }
}
