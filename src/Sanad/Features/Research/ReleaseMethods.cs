using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Sanad.Domain;
using Sanad.Domain.Research;

namespace Sanad.Features.Research;

/// <summary>What a researcher asks for, from the form or the API: a kind of release of one dataset, with its method's parameters.</summary>
public sealed class PrepareReleaseInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Dataset")]
    public Guid? DatasetId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Kind of release")]
    public string? Kind { get; set; }

    /// <summary>Microdata and k aggregates: the smallest group size.</summary>
    public int? K { get; set; }

    /// <summary>Microdata: comma-separated quasi-identifiers (default: CTDC's nine).</summary>
    [StringLength(1000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Quasi-identifiers")]
    public string? QuasiIdentifiers { get; set; }

    /// <summary>Aggregates: longest combination of attributes.</summary>
    public int? Length { get; set; }

    public int? Resolution { get; set; }

    /// <summary>Aggregates: comma-separated columns (default: all but the *Concatenated ones).</summary>
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Columns")]
    public string? Columns { get; set; }

    public double? Epsilon { get; set; }
    public double? Delta { get; set; }
}

/// <summary>A release made and written: the method as recorded in the ledger, its parameters and report as JSON.</summary>
internal sealed record MadeRelease(string Method, string Parameters, double? Epsilon, string Report);

/// <summary>
/// Runs the release methods of <c>sanad research</c> on a dataset's table for the privacy ledger:
/// the same engine, the same reports. Parameters are checked before anything runs.
/// </summary>
internal static class ReleaseMethods
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first broken rule of the parameters, naming the field, or null.</summary>
    public static Error? Check(PrepareReleaseInput input, int records)
    {
        switch (input.Kind)
        {
            case ReleaseKinds.Microdata:
                if (input.K is not >= 2) return Error.Invalid("k must be at least 2.") with { Field = "k" };
                if (Unknown(Names(input.QuasiIdentifiers)) is { } q) return Error.Invalid("Unknown column '{0}': it is not in the CTDC layout.", q) with { Field = "quasiIdentifiers" };
                if (records < input.K) return Error.Invalid("The input has {0} records, fewer than k = {1}: nothing can be released from it.", records, input.K) with { Field = "k" };
                return null;
            case ReleaseKinds.KAggregates or ReleaseKinds.DpAggregates:
                if (input.Length is not >= 1) return Error.Invalid("The length must be at least 1.") with { Field = "length" };
                if (Unknown(Names(input.Columns)) is { } c) return Error.Invalid("Unknown column '{0}': it is not in the CTDC layout.", c) with { Field = "columns" };
                if (input.Kind == ReleaseKinds.KAggregates)
                {
                    if (input.K is not >= 2) return Error.Invalid("k must be at least 2.") with { Field = "k" };
                    if (input.Resolution is not { } r || r < 1 || r > input.K) return Error.Invalid("The resolution must be between 1 and k.") with { Field = "resolution" };
                    return null;
                }
                if (input.Epsilon is not > 0) return Error.Invalid("--epsilon must be greater than 0.") with { Field = "epsilon" };
                if (input.Delta is { } d && d is <= 0 or >= 1) return Error.Invalid("--delta must be between 0 and 1.") with { Field = "delta" };
                if (input.Resolution is < 1) return Error.Invalid("The resolution must be between 1 and k.") with { Field = "resolution" };
                return null;
            default:
                return Error.Invalid("Choose a kind of release: k-anonymised microdata, k-anonymous aggregates or differentially private aggregates.") with { Field = "kind" };
        }
    }

    /// <summary>Runs the method on the table (rewritten in place for microdata) and writes the file atomically.</summary>
    public static Result<MadeRelease> Make(PrepareReleaseInput input, CtdcTable table, string path)
    {
        if (input.Kind == ReleaseKinds.Microdata)
        {
            var quasi = Names(input.QuasiIdentifiers) is { Length: > 0 } named ? named : CtdcLayout.DefaultQuasiIdentifiers;
            if (KAnonymizer.KeyBits(table, quasi.Select(CtdcLayout.IndexOf)) > 64)
                return Error.Invalid("The quasi-identifiers have too many distinct values to be combined; name fewer columns.") with { Field = "quasiIdentifiers" };
            var report = KAnonymizer.Anonymize(table, input.K!.Value, quasi);
            CtdcWriter.Write(path, table);
            return new MadeRelease($"k-anonymity by local recoding and cell suppression, k = {input.K}",
                Serialize(new { input.K, QuasiIdentifiers = quasi }), null, Serialize(report));
        }

        var names = Names(input.Columns);
        var space = new AttributeSpace(table, names.Length == 0 ? AttributeSpace.DefaultColumns() : [.. names.Select(CtdcLayout.IndexOf)]);
        var length = input.Length!.Value;
        if (!Combination.Fits(length, space.Bits))
            return Error.Invalid("Combinations of length {0} over {1} distinct values do not fit a 64-bit key; use a shorter length or fewer columns.", length, space.Count - 1) with { Field = "length" };
        var columnNames = space.Columns.Select(c => CtdcLayout.Columns[c].Name).ToList();
        if (input.Kind == ReleaseKinds.KAggregates)
        {
            var counts = KAggregates.Count(space, length, input.K!.Value, input.Resolution!.Value);
            counts.WriteCsv(path);
            var report = new AggregatesReport("k-anonymous", table.RowCount, columnNames, length, input.K, input.Resolution.Value,
                counts.Counts.Count, AggregatesReport.ByLength(counts), null);
            return new MadeRelease($"k-anonymous aggregates of attribute combinations, length {length}, k = {input.K}, resolution {input.Resolution}",
                Serialize(new { length, input.K, input.Resolution, Columns = columnNames }), null, Serialize(report));
        }

        var (released, budget, levels) = DpAggregates.Run(space, new DpSettings(input.Epsilon!.Value, input.Delta, length), new Noise(null));
        var step = input.Resolution ?? 1;
        if (step > 1)
            foreach (var key in released.Counts.Keys.ToList()) released.Counts[key] = released.Counts[key] / step * step;
        released.WriteCsv(path);
        var utility = DpUtility.Compare(KAggregates.CountAll(space, length), released.Counts);
        var dpReport = new AggregatesReport("differential-privacy", table.RowCount, columnNames, length, null, step,
            released.Counts.Count, AggregatesReport.ByLength(released), new DpReport(budget, null, levels, utility, DpUtility.Definitions));
        return new MadeRelease($"differentially private aggregates (Gaussian noise, zCDP), length {length}, epsilon {budget.Epsilon}",
            Serialize(new { length, budget.Epsilon, budget.Delta, Resolution = step, Columns = columnNames }), budget.Epsilon, Serialize(dpReport));
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string[] Names(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private static string? Unknown(IEnumerable<string> columns) => columns.FirstOrDefault(c => CtdcLayout.IndexOf(c) < 0);
}
