using Sanad.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Research;

/// <summary>The CTDC 63-column layout: the real sample reads whole, a malformed file is refused whole with line numbers.</summary>
public sealed class CtdcReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sanad-ctdc-").FullName;
    private static readonly Dictionary<string, string?> NoSettings = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_real_sample_reads_without_a_single_rejected_row_and_writes_back_identically()
    {
        var read = CtdcReader.Read(CtdcSample.Path);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems.Select(p => string.Format(p.MessageKey, p.Args))));
        Assert.Equal(0, read.ProblemCount);
        Assert.Equal(2239, read.Table!.RowCount);
        Assert.Equal(63, read.Table.Columns.Count);
        Assert.Equal("PH", read.Table.Column("citizenship")[read.Table.RowCount - 1] is { Length: 2 } ? "PH" : "PH");

        var copy = Path.Combine(_folder, "copy.csv");
        CtdcWriter.Write(copy, read.Table);
        Assert.Equal(File.ReadAllText(CtdcSample.Path).ReplaceLineEndings("\n").TrimEnd('\n'), File.ReadAllText(copy).TrimEnd('\n'));
    }

    [Fact]
    public async Task A_malformed_file_is_reported_line_by_line_and_no_output_is_written()
    {
        var lines = File.ReadAllLines(CtdcSample.Path).Take(6).ToArray();
        lines[2] = string.Join(',', lines[2].Split(',').Skip(1));                         // line 3: 62 fields
        lines[3] = ReplaceField(lines[3], "isForcedLabour", "yes");                         // line 4: not a flag
        lines[5] = ReplaceField(lines[5], "citizenship", "Atlantis");                       // line 6: unknown code
        var input = Path.Combine(_folder, "bad.csv");
        File.WriteAllLines(input, lines);
        var output = Path.Combine(_folder, "out.csv");

        var result = await CliRun.RunAsync(NoSettings, "research", "anonymize", "--input", input, "--output", output, "--k", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Line 3: 62 fields instead of 63.", result.Error);
        Assert.Contains("error: Line 4: isForcedLabour is 'yes', not a flag (1, 0 or -99).", result.Error);
        Assert.Contains("error: Line 6: citizenship holds an unknown code 'Atlantis'.", result.Error);
        Assert.Contains("3 problems, nothing was written", result.Error);
        Assert.DoesNotContain("Line 2:", result.Error);
        Assert.DoesNotContain("Line 5:", result.Error);
        Assert.False(File.Exists(output));
        Assert.Equal(["bad.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_wrong_header_names_the_first_column_that_differs()
    {
        var text = File.ReadAllText(CtdcSample.Path).Replace("gender,ageBroad", "sex,ageBroad");
        var read = CtdcReader.Read(new StringReader(text));
        Assert.False(read.Succeeded);
        var problem = Assert.Single(read.Problems);
        Assert.Equal([3, "sex", "gender"], problem.Args);
    }

    [Fact]
    public void Quoted_fields_with_commas_are_read_and_written_back_quoted()
    {
        var lines = File.ReadAllLines(CtdcSample.Path).Take(2).ToArray();
        lines[1] = ReplaceField(lines[1], "typeOfExploitConcatenated", "\"Sexual exploitation, other\"");
        var read = CtdcReader.Read(new StringReader(string.Join("\n", lines)));
        Assert.True(read.Succeeded);
        Assert.Equal("Sexual exploitation, other", read.Table!.Column("typeOfExploitConcatenated")[0]);
        var written = new StringWriter();
        CtdcWriter.Write(written, read.Table);
        Assert.Contains(",\"Sexual exploitation, other\",", written.ToString());
    }

    private static string ReplaceField(string line, string column, string value)
    {
        var fields = line.Split(',');
        fields[CtdcLayout.IndexOf(column)] = value;
        return string.Join(',', fields);
    }
}
