using System.Text.Json;
using Sanad.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Research;

/// <summary><c>sanad research anonymize</c> on the real CTDC sample, checked by counting the output independently.</summary>
public sealed class AnonymizeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sanad-anonymize-").FullName;
    private static readonly Dictionary<string, string?> NoSettings = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File_(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task The_sample_at_k_11_has_no_small_combination_keeps_every_record_and_other_column_and_loses_less_than_record_redaction()
    {
        var result = await CliRun.RunAsync(NoSettings, "research", "anonymize", "--input", CtdcSample.Path, "--output", File_("out.csv"), "--k", "11", "--report", File_("report.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);

        var input = CtdcSample.Rows(CtdcSample.Path);
        var output = CtdcSample.Rows(File_("out.csv"));
        Assert.Equal(input[0], output[0]);
        Assert.Equal(input.Length, output.Length);
        var qi = CtdcLayout.DefaultQuasiIdentifiers.Select(c => Array.IndexOf(input[0], c)).ToArray();

        string Combination(string[] row) => string.Join('|', qi.Select(i => row[i]));
        var sizes = output.Skip(1).GroupBy(Combination).Select(g => g.Count()).ToList();
        Assert.True(sizes.Min() >= 11, $"a combination is shared by only {sizes.Min()} records");

        for (var r = 1; r < input.Length; r++)
            for (var c = 0; c < 63; c++)
                if (!qi.Contains(c)) Assert.Equal(input[r][c], output[r][c]);

        // Whole-record redaction at k = 11 (CTDC's method), counted here from the input alone.
        var small = input.Skip(1).GroupBy(Combination).Where(g => g.Count() < 11).SelectMany(g => g).ToList();
        var redactionCellsLost = small.Sum(row => qi.Count(i => row[i] != "-99"));
        var cellsLost = Enumerable.Range(1, input.Length - 1).Sum(r => qi.Count(i => input[r][i] != output[r][i]));
        Assert.True(cellsLost < redactionCellsLost, $"{cellsLost} cells lost, record redaction loses {redactionCellsLost}");
        // Values written are the input's or documented wider codes.
        foreach (var i in qi)
            foreach (var row in output.Skip(1))
                Assert.Matches(@"^(-99|\d{4}|\d{4}--\d{4}|M49-\d{3}|00|[A-Z]{2}|\d+--\d+|48\+|18\+|Female|Male|Case Management|Hotline|Adult|Minor)$", row[i]);

        using var report = JsonDocument.Parse(File.ReadAllText(File_("report.json")));
        var root = report.RootElement;
        Assert.Equal(2239, root.GetProperty("recordsIn").GetInt32());
        Assert.Equal(2239, root.GetProperty("recordsOut").GetInt32());
        Assert.Equal(0, root.GetProperty("recordsDropped").GetInt32());
        Assert.Equal(cellsLost, root.GetProperty("cellsLost").GetInt64());
        Assert.Equal(small.Count, root.GetProperty("recordRedaction").GetProperty("recordsDropped").GetInt32());
        Assert.Equal(redactionCellsLost, root.GetProperty("recordRedaction").GetProperty("quasiIdentifierCellsLost").GetInt64());
        Assert.True(root.GetProperty("informationLoss").GetDouble() < root.GetProperty("recordRedaction").GetProperty("informationLoss").GetDouble());
        Assert.Equal(9, root.GetProperty("columns").GetArrayLength());
        Assert.Contains("records into", result.Output);
    }

    [Fact]
    public async Task Named_quasi_identifiers_are_the_only_columns_touched()
    {
        var result = await CliRun.RunAsync(NoSettings, "research", "anonymize", "--input", CtdcSample.Path, "--output", File_("out.csv"), "--k", "25",
            "--quasi-identifiers", "gender,ageBroad,citizenship,isForcedLabour");
        Assert.Equal(0, result.ExitCode);
        var input = CtdcSample.Rows(CtdcSample.Path);
        var output = CtdcSample.Rows(File_("out.csv"));
        var qi = new[] { "gender", "ageBroad", "citizenship", "isForcedLabour" }.Select(c => Array.IndexOf(input[0], c)).ToArray();
        Assert.True(output.Skip(1).GroupBy(row => string.Join('|', qi.Select(i => row[i]))).Min(g => g.Count()) >= 25);
        for (var r = 1; r < input.Length; r++)
            for (var c = 0; c < 63; c++)
                if (!qi.Contains(c)) Assert.Equal(input[r][c], output[r][c]);
    }

    [Theory]
    [InlineData("1", null, "k must be at least 2.")]
    [InlineData("11", "gender,nationality", "Unknown column 'nationality': it is not in the CTDC layout.")]
    public async Task Bad_parameters_are_named_and_nothing_is_written(string k, string? columns, string message)
    {
        string[] args = ["research", "anonymize", "--input", CtdcSample.Path, "--output", File_("out.csv"), "--k", k];
        if (columns is not null) args = [.. args, "--quasi-identifiers", columns];
        var result = await CliRun.RunAsync(NoSettings, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: " + message, result.Error);
        Assert.False(File.Exists(File_("out.csv")));
    }

    [Fact]
    public async Task A_missing_input_and_a_file_smaller_than_k_are_refused()
    {
        var missing = await CliRun.RunAsync(NoSettings, "research", "anonymize", "--input", File_("nope.csv"), "--output", File_("out.csv"), "--k", "11");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.csv does not exist", missing.Error);

        File.WriteAllLines(File_("tiny.csv"), File.ReadAllLines(CtdcSample.Path).Take(6));
        var tiny = await CliRun.RunAsync(NoSettings, "research", "anonymize", "--input", File_("tiny.csv"), "--output", File_("out.csv"), "--k", "11");
        Assert.Equal(2, tiny.ExitCode);
        Assert.Contains("5 records, fewer than k = 11", tiny.Error);
        Assert.False(File.Exists(File_("out.csv")));
    }
}
