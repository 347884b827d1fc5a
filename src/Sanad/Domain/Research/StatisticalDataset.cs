namespace Sanad.Domain.Research;

/// <summary>Identifies a statistical dataset.</summary>
public readonly record struct DatasetId(Guid Value)
{
    public static DatasetId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>Where a dataset's records came from.</summary>
public static class DatasetKinds
{
    /// <summary>A CTDC-format file imported by a researcher, a coordinator or the operator.</summary>
    public const string Imported = "imported";
    /// <summary>A snapshot of Sanad's own cases in the CTDC layout, without case ids or names.</summary>
    public const string Cases = "cases";

    public static readonly IReadOnlyList<string> All = [Imported, Cases];
}

/// <summary>
/// A set of statistical records in the CTDC layout: counts of people's situations, never people.
/// Its records are never shown to anyone; releases are made from them and published only once a
/// coordinator approves. The dataset also keeps the differential-privacy budget its releases use.
/// </summary>
public sealed class StatisticalDataset
{
    private StatisticalDataset() { }

    public DatasetId Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Kind { get; private set; } = DatasetKinds.Imported;
    /// <summary>The imported file's name, or what the snapshot was taken from.</summary>
    public string Source { get; private set; } = "";
    /// <summary>Null when the operator imported it on the host with the CLI.</summary>
    public Guid? CreatedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int RecordCount { get; private set; }
    /// <summary>SHA-256 of the imported file (or of the snapshot as written in the CTDC layout), lowercase hex.</summary>
    public string Sha256 { get; private set; } = "";
    /// <summary>Epsilon of the DP releases prepared or approved from it; a rejected release gives its share back.</summary>
    public double EpsilonSpent { get; private set; }
    public int Version { get; private set; }

    public static StatisticalDataset Create(string name, string kind, string source, Guid? createdBy, DateTime at, int recordCount, string sha256) => new()
    {
        Id = DatasetId.New(), Name = name, Kind = kind, Source = source, CreatedBy = createdBy, CreatedAt = at,
        RecordCount = recordCount, Sha256 = sha256, Version = 1,
    };

    public void Spend(double epsilon)
    {
        EpsilonSpent += epsilon;
        Version++;
    }

    public void GiveBack(double epsilon)
    {
        EpsilonSpent = Math.Max(0, EpsilonSpent - epsilon);
        Version++;
    }
}

/// <summary>
/// One statistical record of a dataset: the 63 CTDC columns, read by name (EF indexer properties, one
/// column each). No link to any case or person exists, by design.
/// </summary>
public sealed class StatisticalRecord
{
    private readonly string?[] _values;

    private StatisticalRecord() => _values = new string?[Features.Research.CtdcLayout.Count];

    public StatisticalRecord(DatasetId dataset, int row, string?[] values)
    {
        DatasetId = dataset;
        Row = row;
        _values = values;
    }

    public DatasetId DatasetId { get; private set; }
    /// <summary>The record's place in its dataset, from 1.</summary>
    public int Row { get; private set; }

    public string? this[string column]
    {
        get => _values[Index(column)];
        set => _values[Index(column)] = value;
    }

    private static int Index(string column) =>
        Features.Research.CtdcLayout.IndexOf(column) is var i and >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(column), column, "Not a CTDC column.");
}
