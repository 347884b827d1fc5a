using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Research;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Research;

/// <summary>One entry of the privacy ledger as the research area and the releases API show it.</summary>
/// <remarks><c>Source</c> says what was published, in the reader's language: the dataset's name, or the chart's title (or the dashboard) with its filter.</remarks>
public sealed record ReleaseView(
    Guid Id, string Kind, Guid? DatasetId, string? DatasetName, string Source, string Method, JsonElement Parameters, double? Epsilon, JsonElement Report,
    string FileName, long ByteCount, string Sha256, string? PreparedBy, DateTime PreparedAt, string Status,
    string? DecidedBy, DateTime? DecidedAt, string? DecisionNote, int Version, bool MayDecide);

/// <summary>A coordinator's decision on a prepared release, from the version they read.</summary>
public sealed record ReleaseDecision(int Version, string? Note);

/// <summary>An approved release's file, checked against its hash, with the content type its extension says.</summary>
public sealed record ReleaseFile(string FileName, byte[] Content)
{
    public string ContentType => Path.GetExtension(FileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        _ => "text/csv",
    };
}

/// <summary>A file a maker wrote at <see cref="ReleaseLedger.FileOf"/> for the ledger to record: what it is, from what, and how it was made.</summary>
internal sealed record LedgerEntry(ReleaseId Id, string Kind, DatasetId? Dataset, MadeRelease Made, string FileName);

/// <summary>
/// The privacy ledger. A researcher (or a coordinator) prepares a release from a dataset (or, through
/// <see cref="DashboardReleases"/>, a chart or report of the dashboards); its file is
/// kept in the node's data folder and leaves Sanad only after a coordinator other than the preparer
/// approves it. DP releases spend the dataset's epsilon budget, capped by <c>Research:EpsilonCap</c>;
/// a rejected one gives its share back. Every prepare, decision and download is audited.
/// </summary>
public sealed class ReleaseLedger(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock, StatisticalDatasets datasets,
    ResearchOptions options, DatabaseSettings settings, IStringLocalizer<SharedResource> t)
{
    /// <summary>Roles that read approved releases: the researcher, the coordinator, the programme manager and the viewer.</summary>
    public static readonly IReadOnlyList<string> ReaderRoles = [Roles.Researcher, Roles.Coordinator, Roles.Programme, Roles.Viewer];

    private string Folder => Path.Combine(settings.DataDirectory, "releases");

    /// <summary>Where a release's file is kept: its id with the extension of its file name (releases made before charts are all .csv).</summary>
    internal string FileOf(ReleaseId id, string fileName)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, id + Path.GetExtension(fileName).ToLowerInvariant());
    }

    public async Task<Result<ReleaseView>> PrepareAsync(PrepareReleaseInput input, CancellationToken ct = default)
    {
        if (!datasets.MayUse || caller.UserId is not { } preparer) return Error.Forbidden("Only a researcher or a coordinator works with research datasets.");
        var dataset = await db.StatisticalDatasets.SingleOrDefaultAsync(d => d.Id == new DatasetId(input.DatasetId ?? Guid.Empty), ct);
        if (dataset is null) return Error.Invalid("Choose a dataset.") with { Field = "datasetId" };
        if (ReleaseMethods.Check(input, dataset.RecordCount) is { } broken) return broken;
        if (input.Kind == ReleaseKinds.DpAggregates && dataset.EpsilonSpent + input.Epsilon!.Value > options.EpsilonCap + 1e-9)
            return Error.Invalid("This release would bring the epsilon spent on {0} to {1}, past the cap of {2} ({3} left).",
                dataset.Name, Round(dataset.EpsilonSpent + input.Epsilon.Value), Round(options.EpsilonCap), Round(Math.Max(0, options.EpsilonCap - dataset.EpsilonSpent))) with { Field = "epsilon" };

        var table = await datasets.LoadAsync(dataset.Id, ct);
        var id = ReleaseId.New();
        var fileName = $"{Slug(dataset.Name)}-{input.Kind}-{id.Value.ToString()[..8]}.csv";
        var made = ReleaseMethods.Make(input, table, FileOf(id, fileName));
        if (!made.Succeeded) return made.Error!;
        // Spent in the same save as the release is recorded: the dataset's version refuses a concurrent release past the cap.
        if (made.Value!.Epsilon is { } spent) dataset.Spend(spent);
        return await RecordAsync(new LedgerEntry(id, input.Kind!, dataset.Id, made.Value, fileName), preparer, $"{input.Kind} of dataset {dataset.Id}", ct);
    }

    /// <summary>
    /// Records a file already written at <see cref="FileOf"/> as a prepared release: its size and
    /// SHA-256 are taken now, and the file is served later only if it still has them. Nothing is
    /// recorded if the save fails, and the file is removed with it.
    /// </summary>
    internal async Task<Result<ReleaseView>> RecordAsync(LedgerEntry entry, Guid preparer, string auditDetail, CancellationToken ct)
    {
        var path = FileOf(entry.Id, entry.FileName);
        var (length, sha) = await HashAsync(path, ct);
        var made = entry.Made;
        var release = Release.Prepare(entry.Id, entry.Kind, entry.Dataset, made.Method, made.Parameters, made.Epsilon, made.Report,
            entry.FileName, length, sha, preparer, clock.GetUtcNow().UtcDateTime);
        db.Releases.Add(release);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e)
        {
            File.Delete(path);
            if (e is DbUpdateConcurrencyException)
                return Error.Conflict("Another release of this dataset was prepared at the same time. Prepare yours again: the budget left is checked anew.");
            throw;
        }
        await audit.RecordAsync("research.release-prepared", AuditOutcome.Success, "release", entry.Id.ToString(), auditDetail);
        return await ViewAsync(release, ct);
    }

    /// <summary>Approve or reject: a coordinator only, never the one who prepared it, only while it waits.</summary>
    public async Task<Result<ReleaseView>> DecideAsync(ReleaseId id, bool approve, ReleaseDecision decision, CancellationToken ct = default)
    {
        if (!datasets.MayUse) return Error.NotFound();
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null) return Error.NotFound();
        if (!caller.IsInRole(Roles.Coordinator) || caller.UserId is not { } decider)
            return Error.Forbidden("Only a coordinator approves or rejects a release.");
        if (release.PreparedBy == decider)
        {
            await audit.RecordAsync(approve ? "research.release-approved" : "research.release-rejected", AuditOutcome.Denied, "release", id.ToString(), "own release");
            return Error.Forbidden("You prepared this release: another coordinator must decide on it.");
        }
        if (release.Status != ReleaseStatuses.Prepared) return Error.Conflict("This release was already decided on.");
        if (release.Version != decision.Version) return Stale();
        var note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
        if (note is { Length: > 1000 }) return Error.Invalid("The note must be at most 1000 characters.") with { Field = "note" };
        if (!approve && note is null) return Error.Invalid("Say why the release is rejected.") with { Field = "note" };
        release.Decide(approve, decider, clock.GetUtcNow().UtcDateTime, note);
        if (!approve && release.Epsilon is { } epsilon && release.DatasetId is { } source)
            (await db.StatisticalDatasets.SingleAsync(d => d.Id == source, ct)).GiveBack(epsilon);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        await audit.RecordAsync(approve ? "research.release-approved" : "research.release-rejected", AuditOutcome.Success, "release", id.ToString(), release.Kind);
        return await ViewAsync(release, ct);
    }

    /// <summary>The whole ledger (prepared, approved, rejected) for the research area, newest first.</summary>
    public async Task<IReadOnlyList<ReleaseView>> LedgerAsync(CancellationToken ct = default) =>
        datasets.MayUse ? await ViewsAsync(db.Releases.AsNoTracking(), ct) : [];

    /// <summary>Approved releases only: what the releases API publishes.</summary>
    public async Task<IReadOnlyList<ReleaseView>> PublishedAsync(CancellationToken ct = default) =>
        MayRead ? await ViewsAsync(db.Releases.AsNoTracking().Where(r => r.Status == ReleaseStatuses.Approved), ct) : [];

    public async Task<Result<ReleaseView>> OneAsync(ReleaseId id, CancellationToken ct = default)
    {
        var release = await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        // Someone outside the research area does not learn that an unapproved release exists.
        if (release is null || !(datasets.MayUse || (MayRead && release.IsApproved))) return Error.NotFound();
        return await ViewAsync(release, ct);
    }

    /// <summary>The file of an approved release, only if it still has the hash recorded when it was prepared.</summary>
    public async Task<Result<ReleaseFile>> DownloadAsync(ReleaseId id, CancellationToken ct = default)
    {
        var release = await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null || !(datasets.MayUse || (MayRead && release.IsApproved))) return Error.NotFound();
        if (!release.IsApproved)
        {
            await audit.RecordAsync("research.release-downloaded", AuditOutcome.Denied, "release", id.ToString(), release.Status);
            return Error.Conflict("This release has not been approved by a coordinator: nothing leaves Sanad before that.");
        }
        var path = FileOf(id, release.FileName);
        var content = File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
        if (content is null || Convert.ToHexStringLower(SHA256.HashData(content)) != release.Sha256)
        {
            await audit.RecordAsync("research.release-downloaded", AuditOutcome.Failure, "release", id.ToString(), "file missing or changed");
            return Error.Conflict("The file of this release is missing or no longer matches its recorded hash; it is not served.");
        }
        await audit.RecordAsync("research.release-downloaded", AuditOutcome.Success, "release", id.ToString(), release.Kind);
        return new ReleaseFile(release.FileName, content);
    }

    private bool MayRead => !caller.IsAdmin && ReaderRoles.Any(caller.IsInRole);

    private static Error Stale() => Error.Conflict("Someone else decided on this release since you opened it. Reload the ledger.");

    private async Task<IReadOnlyList<ReleaseView>> ViewsAsync(IQueryable<Release> query, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(r => r.PreparedAt).Take(500).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        var views = new List<ReleaseView>(rows.Count);
        foreach (var row in rows) views.Add(await ViewAsync(row, names, ct));
        return views;
    }

    private async Task<ReleaseView> ViewAsync(Release release, CancellationToken ct) => await ViewAsync(release, await NamesAsync([release], ct), ct);

    private async Task<ReleaseView> ViewAsync(Release r, Names names, CancellationToken ct)
    {
        var parameters = Parse(r.Parameters);
        var dataset = r.DatasetId is { } source ? names.Datasets[source] : null;
        var described = dataset ?? await DashboardReleases.DescribeAsync(parameters, db, t, ct);
        return new ReleaseView(r.Id.Value, r.Kind, r.DatasetId?.Value, dataset, described, r.Method, parameters, r.Epsilon, Parse(r.Report),
            r.FileName, r.ByteCount, r.Sha256, names.Users.GetValueOrDefault(r.PreparedBy), r.PreparedAt, r.Status,
            r.DecidedBy is { } by ? names.Users.GetValueOrDefault(by) : null, r.DecidedAt, r.DecisionNote, r.Version,
            r.Status == ReleaseStatuses.Prepared && caller.IsInRole(Roles.Coordinator) && caller.UserId != r.PreparedBy);
    }

    /// <summary>The names of the datasets and people a page of the ledger mentions, in one query each (not three per release).</summary>
    private sealed record Names(IReadOnlyDictionary<DatasetId, string> Datasets, IReadOnlyDictionary<Guid, string?> Users);

    private async Task<Names> NamesAsync(IReadOnlyCollection<Release> rows, CancellationToken ct)
    {
        var datasetIds = rows.Select(r => r.DatasetId).OfType<DatasetId>().Distinct().ToList();
        var userIds = rows.Select(r => r.PreparedBy).Concat(rows.Select(r => r.DecidedBy).OfType<Guid>()).Distinct().ToList();
        var datasets = await db.StatisticalDatasets.AsNoTracking().Where(d => datasetIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (string?)u.DisplayName, ct);
        return new Names(datasets, users);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static async Task<(long Length, string Sha256)> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return (file.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct)));
    }

    private static string Round(double epsilon) => epsilon.ToString("0.###", System.Globalization.CultureInfo.CurrentCulture);

    private static string Slug(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return slug.Length == 0 ? "dataset" : slug.Length > 40 ? slug[..40] : slug;
    }
}
