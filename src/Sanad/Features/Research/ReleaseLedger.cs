using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Research;
using Sanad.Security;

namespace Sanad.Features.Research;

/// <summary>One entry of the privacy ledger as the research area and the releases API show it.</summary>
public sealed record ReleaseView(
    Guid Id, string Kind, Guid DatasetId, string DatasetName, string Method, JsonElement Parameters, double? Epsilon, JsonElement Report,
    string FileName, long ByteCount, string Sha256, string? PreparedBy, DateTime PreparedAt, string Status,
    string? DecidedBy, DateTime? DecidedAt, string? DecisionNote, int Version, bool MayDecide);

/// <summary>A coordinator's decision on a prepared release, from the version they read.</summary>
public sealed record ReleaseDecision(int Version, string? Note);

/// <summary>An approved release's file, checked against its hash.</summary>
public sealed record ReleaseFile(string FileName, byte[] Content);

/// <summary>
/// The privacy ledger. A researcher (or a coordinator) prepares a release from a dataset; its file is
/// kept in the node's data folder and leaves Sanad only after a coordinator other than the preparer
/// approves it. DP releases spend the dataset's epsilon budget, capped by <c>Research:EpsilonCap</c>;
/// a rejected one gives its share back. Every prepare, decision and download is audited.
/// </summary>
public sealed class ReleaseLedger(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock, StatisticalDatasets datasets,
    ResearchOptions options, DatabaseSettings settings)
{
    /// <summary>Roles that read approved releases: the researcher, the coordinator, the programme manager and the viewer.</summary>
    public static readonly IReadOnlyList<string> ReaderRoles = [Roles.Researcher, Roles.Coordinator, Roles.Programme, Roles.Viewer];

    private string Folder => Path.Combine(settings.DataDirectory, "releases");

    private string PathOf(ReleaseId id) => Path.Combine(Folder, id + ".csv");

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
        Directory.CreateDirectory(Folder);
        var path = PathOf(id);
        var made = ReleaseMethods.Make(input, table, path);
        if (!made.Succeeded) return made.Error!;
        var (length, sha) = await HashAsync(path, ct);
        var release = Release.Prepare(id, input.Kind!, dataset.Id, made.Value!.Method, made.Value.Parameters, made.Value.Epsilon, made.Value.Report,
            $"{Slug(dataset.Name)}-{input.Kind}-{id.Value.ToString()[..8]}.csv", length, sha, preparer, clock.GetUtcNow().UtcDateTime);
        db.Releases.Add(release);
        if (made.Value.Epsilon is { } spent) dataset.Spend(spent);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            File.Delete(path);
            return Error.Conflict("Another release of this dataset was prepared at the same time. Prepare yours again: the budget left is checked anew.");
        }
        await audit.RecordAsync("research.release-prepared", AuditOutcome.Success, "release", id.ToString(), $"{release.Kind} of dataset {dataset.Id}");
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
        if (!approve && release.Epsilon is { } epsilon)
            (await db.StatisticalDatasets.SingleAsync(d => d.Id == release.DatasetId, ct)).GiveBack(epsilon);
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
        var path = PathOf(id);
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
        var views = new List<ReleaseView>(rows.Count);
        foreach (var row in rows) views.Add(await ViewAsync(row, ct));
        return views;
    }

    private async Task<ReleaseView> ViewAsync(Release r, CancellationToken ct)
    {
        var dataset = await db.StatisticalDatasets.AsNoTracking().Where(d => d.Id == r.DatasetId).Select(d => d.Name).SingleAsync(ct);
        return new ReleaseView(r.Id.Value, r.Kind, r.DatasetId.Value, dataset, r.Method, Parse(r.Parameters), r.Epsilon, Parse(r.Report),
            r.FileName, r.ByteCount, r.Sha256, await NameAsync(r.PreparedBy, ct), r.PreparedAt, r.Status,
            r.DecidedBy is { } by ? await NameAsync(by, ct) : null, r.DecidedAt, r.DecisionNote, r.Version,
            r.Status == ReleaseStatuses.Prepared && caller.IsInRole(Roles.Coordinator) && caller.UserId != r.PreparedBy);
    }

    private async Task<string?> NameAsync(Guid user, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == user).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

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
