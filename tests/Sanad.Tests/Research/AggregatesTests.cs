using System.Globalization;
using System.Text.Json;
using Sanad.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Research;

/// <summary><c>sanad research aggregates</c>: k mode against a brute-force count of the sample, DP mode on 6,000 records drawn from it.</summary>
public sealed class AggregatesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sanad-aggregates-").FullName;
    private static readonly Dictionary<string, string?> NoSettings = [];

    /// <summary>The ten columns of the DP check: who, from where to where, exploited how, recruited by whom.</summary>
    private static readonly string[] TenColumns =
    [
        "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "isForcedLabour", "isSexualExploit",
        "isOtherExploit", "meansOfControlNotSpecified", "RecruiterRelationship",
    ];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File_(string name) => Path.Combine(_folder, name);

    /// <summary>Every combination of 1..length attributes of every row, counted with strings: slow and obviously right.</summary>
    private static Dictionary<string, int> BruteForce(string[][] rows, int length, Func<string, bool> columnChosen)
    {
        var header = rows[0];
        var counts = new Dictionary<string, int>();
        foreach (var row in rows.Skip(1))
        {
            var attributes = Enumerable.Range(0, header.Length)
                .Where(c => columnChosen(header[c]) && row[c] is not ("0" or "" or "-99"))
                .Select(c => header[c] + ":" + row[c]).ToList();
            void Visit(int from, List<string> chosen)
            {
                for (var i = from; i < attributes.Count; i++)
                {
                    chosen.Add(attributes[i]);
                    var key = string.Join(';', chosen);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    if (chosen.Count < length) Visit(i + 1, chosen);
                    chosen.RemoveAt(chosen.Count - 1);
                }
            }
            Visit(0, []);
        }
        return counts;
    }

    private static Dictionary<string, long> ReadOutput(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("combination,count", lines[0]);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => long.Parse(f[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task K_mode_lists_exactly_the_combinations_reaching_k_rounded_down_to_the_resolution()
    {
        var result = await CliRun.RunAsync(NoSettings, "research", "aggregates", "--input", CtdcSample.Path, "--output", File_("a.csv"),
            "--length", "3", "--k", "11", "--resolution", "10", "--report", File_("r.json"));
        Assert.Equal(0, result.ExitCode);

        var truth = BruteForce(CtdcSample.Rows(CtdcSample.Path), 3, c => !c.EndsWith("Concatenated"))
            .Where(c => c.Value >= 11).ToDictionary(c => c.Key, c => (long)(c.Value / 10 * 10));
        var released = ReadOutput(File_("a.csv"));
        Assert.True(truth.Count > 1000);
        Assert.Equal(truth.Count, released.Count);
        foreach (var (combination, count) in truth) Assert.Equal(count, released[combination]);

        using var report = JsonDocument.Parse(File.ReadAllText(File_("r.json")));
        Assert.Equal(truth.Count, report.RootElement.GetProperty("combinations").GetInt32());
        Assert.DoesNotContain(released.Keys, k => k.Contains("Concatenated"));
    }

    [Fact]
    public async Task Named_columns_include_a_concatenated_one_and_keep_column_order()
    {
        var result = await CliRun.RunAsync(NoSettings, "research", "aggregates", "--input", CtdcSample.Path, "--output", File_("a.csv"),
            "--length", "2", "--k", "5", "--resolution", "1", "--columns", "typeOfExploitConcatenated,gender");
        Assert.Equal(0, result.ExitCode);
        var truth = BruteForce(CtdcSample.Rows(CtdcSample.Path), 2, c => c is "gender" or "typeOfExploitConcatenated").Where(c => c.Value >= 5).ToDictionary();
        var released = ReadOutput(File_("a.csv"));
        Assert.Equal(truth.OrderBy(t => t.Key).Select(t => (t.Key, (long)t.Value)), released.OrderBy(t => t.Key).Select(t => (t.Key, t.Value)));
        Assert.Contains("gender:Female;typeOfExploitConcatenated:Sexual exploitation", released.Keys);
    }

    [Fact]
    public async Task Dp_mode_at_epsilon_4_length_4_on_6000_drawn_records_reports_plausible_utility_and_is_reproducible()
    {
        var sample = File.ReadAllLines(CtdcSample.Path);
        var random = new Random(2026);
        File.WriteAllLines(File_("drawn.csv"), [sample[0], .. Enumerable.Range(0, 6000).Select(_ => sample[1 + random.Next(sample.Length - 1)])]);
        string[] args = ["research", "aggregates", "--input", File_("drawn.csv"), "--length", "4", "--columns", string.Join(',', TenColumns),
            "--dp", "--epsilon", "4", "--seed", "7"];

        var first = await CliRun.RunAsync(NoSettings, [.. args, "--output", File_("dp1.csv"), "--report", File_("dp1.json")]);
        var second = await CliRun.RunAsync(NoSettings, [.. args, "--output", File_("dp2.csv")]);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(File.ReadAllText(File_("dp1.csv")), File.ReadAllText(File_("dp2.csv")));

        using var report = JsonDocument.Parse(File.ReadAllText(File_("dp1.json")));
        var dp = report.RootElement.GetProperty("differentialPrivacy");
        var budget = dp.GetProperty("budget");
        Assert.Equal(4, budget.GetProperty("epsilon").GetDouble());
        var delta = budget.GetProperty("delta").GetDouble();
        Assert.InRange(delta, 1e-6, 1e-4); // 1 / (n ln n) for n near 6,000
        Assert.InRange(budget.GetProperty("protectedRecordCount").GetDouble(), 5000, 7000);
        Assert.Equal(4, dp.GetProperty("levels").GetArrayLength());

        var utility = dp.GetProperty("utility");
        var truth = BruteForce(CtdcSample.Rows(File_("drawn.csv")), 4, TenColumns.Contains);
        Assert.Equal(truth.Count, utility.GetProperty("trueCombinations").GetInt32());
        var released = ReadOutput(File_("dp1.csv"));
        var matched = released.Where(r => truth.ContainsKey(r.Key)).ToList();
        Assert.Equal(matched.Average(r => Math.Abs(r.Value - truth[r.Key])), utility.GetProperty("meanAbsoluteError").GetDouble(), 6);
        Assert.Equal(100.0 * (released.Count - matched.Count) / released.Count, utility.GetProperty("fabricatedPercent").GetDouble(), 6);
        Assert.Equal(100.0 * (truth.Count - matched.Count) / truth.Count, utility.GetProperty("suppressedPercent").GetDouble(), 6);
        // Plausible: errors of the order of the noise, few fabrications, the common combinations kept.
        Assert.InRange(utility.GetProperty("meanAbsoluteError").GetDouble(), 1, 60);
        Assert.InRange(utility.GetProperty("fabricatedPercent").GetDouble(), 0, 15);
        foreach (var (combination, count) in truth.Where(t => t.Value >= 600)) Assert.True(released.ContainsKey(combination), combination);
    }

    [Theory]
    [InlineData(new[] { "--length", "3", "--k", "11" }, "k mode needs --k and --resolution")]
    [InlineData(new[] { "--length", "3", "--k", "11", "--resolution", "20" }, "The resolution must be between 1 and k.")]
    [InlineData(new[] { "--length", "0", "--k", "11", "--resolution", "10" }, "The length must be at least 1.")]
    [InlineData(new[] { "--length", "3", "--dp" }, "DP mode needs --dp and --epsilon")]
    [InlineData(new[] { "--length", "3", "--dp", "--epsilon", "0" }, "--epsilon must be greater than 0.")]
    [InlineData(new[] { "--length", "3", "--dp", "--epsilon", "4", "--delta", "1.5" }, "--delta must be between 0 and 1.")]
    [InlineData(new[] { "--length", "3", "--dp", "--epsilon", "4", "--k", "11" }, "--k belongs to k mode")]
    [InlineData(new[] { "--length", "3", "--k", "11", "--resolution", "10", "--columns", "gender,sex" }, "Unknown column 'sex'")]
    public async Task Bad_parameters_are_named_and_nothing_is_written(string[] options, string message)
    {
        var result = await CliRun.RunAsync(NoSettings, ["research", "aggregates", "--input", CtdcSample.Path, "--output", File_("a.csv"), .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(File_("a.csv")));
    }

    [Fact]
    public void The_normal_quantile_matches_known_values()
    {
        Assert.Equal(1.959964, Normal.UpperQuantile(0.025), 5);
        Assert.Equal(4.753424, Normal.UpperQuantile(1e-6), 5);
        Assert.Equal(-1.644854, Normal.UpperQuantile(0.95), 5);
    }
}
