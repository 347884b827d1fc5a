namespace Sanad.Domain.Research;

/// <summary>Identifies a release of the privacy ledger.</summary>
public readonly record struct ReleaseId(Guid Value)
{
    public static ReleaseId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>What a release holds: a file made from a statistical dataset, or a dashboard chart or report.</summary>
public static class ReleaseKinds
{
    public const string Microdata = "k-anonymised-microdata";
    public const string KAggregates = "k-aggregates";
    public const string DpAggregates = "dp-aggregates";
    public const string Chart = "chart";
    public const string Report = "report";

    public static readonly IReadOnlyList<string> All = [Microdata, KAggregates, DpAggregates, Chart, Report];
    /// <summary>The kinds a researcher prepares from a dataset.</summary>
    public static readonly IReadOnlyList<string> Prepared = [Microdata, KAggregates, DpAggregates];
    /// <summary>The kinds published from the dashboards: no source dataset, the chart and filter are in the parameters.</summary>
    public static readonly IReadOnlyList<string> FromDashboards = [Chart, Report];
}

public static class ReleaseStatuses
{
    public const string Prepared = "prepared";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Prepared, Approved, Rejected];
}

/// <summary>
/// An entry of the privacy ledger: one file made from a dataset or from the dashboards, its method, parameters, privacy
/// budget and utility report, who prepared it, and the coordinator's decision. The file leaves
/// Sanad only once approved, and only if its SHA-256 still matches.
/// </summary>
public sealed class Release
{
    private Release() { }

    public ReleaseId Id { get; private set; }
    public string Kind { get; private set; } = "";
    /// <summary>The dataset the file was made from; null for a chart or report, whose chart and filter are in <see cref="Parameters"/>.</summary>
    public DatasetId? DatasetId { get; private set; }
    public string Method { get; private set; } = "";
    /// <summary>The parameters as JSON (k, quasi-identifiers, length, columns, epsilon, delta…; chart, filter, format, language).</summary>
    public string Parameters { get; private set; } = "{}";
    /// <summary>The differential-privacy budget spent; null for k-anonymous releases, charts and reports.</summary>
    public double? Epsilon { get; private set; }
    /// <summary>The utility and loss report as JSON, the one the CLI writes.</summary>
    public string Report { get; private set; } = "{}";
    /// <summary>The name the file is downloaded under; its extension (.csv, .png, .pdf) is the stored file's and gives its content type.</summary>
    public string FileName { get; private set; } = "";
    public long ByteCount { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid PreparedBy { get; private set; }
    public DateTime PreparedAt { get; private set; }
    public string Status { get; private set; } = ReleaseStatuses.Prepared;
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    /// <summary>Why it was rejected (or a note on approval).</summary>
    public string? DecisionNote { get; private set; }
    public int Version { get; private set; }

    public static Release Prepare(ReleaseId id, string kind, DatasetId? dataset, string method, string parameters, double? epsilon, string report,
        string fileName, long byteCount, string sha256, Guid preparedBy, DateTime at) => new()
    {
        Id = id, Kind = kind, DatasetId = dataset, Method = method, Parameters = parameters, Epsilon = epsilon, Report = report,
        FileName = fileName, ByteCount = byteCount, Sha256 = sha256, PreparedBy = preparedBy, PreparedAt = at, Version = 1,
    };

    public bool IsApproved => Status == ReleaseStatuses.Approved;

    public void Decide(bool approve, Guid by, DateTime at, string? note)
    {
        Status = approve ? ReleaseStatuses.Approved : ReleaseStatuses.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        DecisionNote = note;
        Version++;
    }
}
