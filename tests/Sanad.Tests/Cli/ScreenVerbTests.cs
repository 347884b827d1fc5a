using System.Text.Json;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

/// <summary><c>sanad screen</c>: batch evaluation of JSON Lines, a bad line reported without stopping the others. No database is needed.</summary>
public sealed class ScreenVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sanad-screen-").FullName;
    private static readonly Dictionary<string, string?> NoSettings = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input(params string[] lines)
    {
        var path = Path.Combine(_folder, "cases.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Fact]
    public async Task Every_line_is_evaluated_and_written_exactly_in_the_documented_format()
    {
        var input = Input(
            """{"id": "A-1", "profile": "adult-labour", "indicators": ["dr.job_nature", "dr.wages", "ex.hours", "ex.pay", "cd.documents", "cd.debt"]}""",
            """{"id": "A-2", "profile": "child-labour", "indicators": ["cr.threats", "cr.documents"]}""",
            """{"id": 3, "profile": "adult-labour", "indicators": []}""");
        var result = await CliRun.RunAsync(NoSettings, "screen", "--input", input);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            """{"id":"A-1","profile":"adult-labour","catalogueVersion":"1.0","dimensions":{"DR":true,"CR":false,"VR":false,"EX":true,"CD":true,"VD":false},"outcome":"presumed-victim","rule":"delphi-adult: presumed-victim when (DR or CR or VR) and EX and (CD or VD)"}""",
            lines[0]);
        Assert.Equal(
            """{"id":"A-2","profile":"child-labour","catalogueVersion":"1.0","dimensions":{"DR":false,"CR":true,"VR":false,"EX":false,"CD":false,"VD":false},"outcome":"possible-victim","rule":"delphi-child: possible-victim when DR or CR or VR or EX or CD or VD"}""",
            lines[1]);
        Assert.Equal(3, JsonDocument.Parse(lines[2]).RootElement.GetProperty("id").GetInt32());
        Assert.Equal("not-indicated", JsonDocument.Parse(lines[2]).RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_bad_line_in_the_middle_is_reported_and_the_others_are_still_evaluated()
    {
        var input = Input(
            """{"id": "ok-1", "profile": "adult-labour", "indicators": ["ex.hours", "ex.pay"]}""",
            """{"id": "bad-key", "profile": "adult-labour", "indicators": ["ex.hours", "zz.unknown"]}""",
            """{"id": "bad-json", "profile": """,
            "",
            """{"id": "bad-profile", "profile": "adult-sexual", "indicators": []}""",
            """{"id": "ok-2", "profile": "adult-labour", "indicators": ["cd.documents", "cd.debt"]}""");
        var output = Path.Combine(_folder, "out.jsonl");
        var result = await CliRun.RunAsync(NoSettings, "screen", "--input", input, "--output", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);

        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("possible-victim", lines[0].GetProperty("outcome").GetString());
        Assert.Equal("bad-key", lines[1].GetProperty("id").GetString());
        Assert.Equal("Unknown indicator for the profile adult-labour: zz.unknown.", lines[1].GetProperty("error").GetString());
        Assert.False(lines[1].TryGetProperty("outcome", out _));
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.Contains("not a JSON object", lines[2].GetProperty("error").GetString());
        Assert.Equal("Unknown screening profile 'adult-sexual'.", lines[3].GetProperty("error").GetString());
        Assert.Equal("ok-2", lines[4].GetProperty("id").GetString());
        Assert.True(lines[4].GetProperty("dimensions").GetProperty("CD").GetBoolean());

        Assert.Contains("error: line 2: Unknown indicator for the profile adult-labour: zz.unknown.", result.Error);
        Assert.Contains("error: line 3: ", result.Error);
        Assert.Contains("error: line 5: Unknown screening profile 'adult-sexual'.", result.Error);
        Assert.DoesNotContain("line 1:", result.Error);
        Assert.DoesNotContain("line 6:", result.Error);
    }

    [Fact]
    public async Task A_line_without_indicators_is_an_error_not_a_crash()
    {
        var result = await CliRun.RunAsync(NoSettings, "screen", "--input", Input("""{"id": "x", "profile": "adult-labour"}""", "[1, 2]"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"id\":\"x\"", result.Output);
    }

    [Fact]
    public async Task Standard_input_can_be_read_with_a_dash()
    {
        var result = await CliRun.RunWithInputAsync(NoSettings, """{"id": "s", "profile": "adult-labour", "indicators": []}""" + "\n", "screen", "--input", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"outcome\":\"not-indicated\"", result.Output);
    }

    [Fact]
    public async Task A_missing_input_file_is_named()
    {
        var result = await CliRun.RunAsync(NoSettings, "screen", "--input", Path.Combine(_folder, "nope.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.jsonl does not exist", result.Error);
    }

    [Fact]
    public async Task Help_lists_the_screen_verb()
    {
        var result = await CliRun.RunAsync(NoSettings, "--help");
        Assert.Contains("screen", result.Output);
    }
}
