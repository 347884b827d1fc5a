using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Sanad.Features.Research;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad research anonymize</c> and <c>sanad research aggregates</c>: releases made from a CTDC
/// file, without a database, so a researcher's laptop can run them; <c>sanad research import</c>
/// stores a CTDC file in the node's database as a dataset for the privacy ledger; <c>sanad research export-cases</c>
/// writes the node's cases in the CTDC layout. Exit 0 when the output was
/// written, 2 for bad input (a refused file, an unknown column, a bad parameter); a refused input
/// leaves no output file.
/// </summary>
internal static class ResearchVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext cli) => new("research", "Anonymised releases from CTDC-format files: k-anonymised microdata, k-anonymous or differentially private aggregates")
    {
        Anonymize(cli), Aggregates(cli), Import(cli), ExportCases(cli),
    };

    private static Command Import(CliContext cli)
    {
        var input = Input();
        var name = new Option<string>("--name") { Description = "Name of the dataset, as researchers will see it", Required = true };
        var command = new Command("import", "Import a CTDC file into the node's database as a statistical dataset (records that are not people and never become cases)")
        {
            input, name,
        };
        command.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path)) return Refuse(cli, t["The input file {0} does not exist.", path]);
            await using var file = File.OpenRead(path);
            var import = await services.GetRequiredService<StatisticalDatasets>().ImportAsync(parse.GetValue(name)!, path, file, ct);
            if (import.Dataset is not { } dataset)
            {
                foreach (var problem in import.Problems) cli.Console.Error.WriteLine($"error: {t[problem.MessageKey, problem.Args]}");
                return cli.Failed(import.Error!, t);
            }
            cli.Console.Out.WriteLine(t["Imported {0} records from {1} as dataset {2} ({3}).", dataset.RecordCount, path, dataset.Name, dataset.Id]);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ExportCases(CliContext cli)
    {
        var output = new Option<string>("--output") { Description = "CSV file to write in the 63-column CTDC layout", Required = true };
        var command = new Command("export-cases", "Write the node's cases in the CTDC layout (coded facts only: no case id, reference or name); audited")
        {
            output,
        };
        command.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var path = parse.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
                return Refuse(cli, t["The folder {0} does not exist.", folder]);
            var written = await services.GetRequiredService<CaseSnapshots>().ExportAsync(path, ct);
            if (!written.Succeeded) return cli.Failed(written.Error!, t);
            cli.Console.Out.WriteLine(t["Wrote {0} cases in the CTDC layout to {1}.", written.Value, path]);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Option<string> Input() => new("--input") { Description = "CSV file in the 63-column CTDC layout", Required = true };

    private static Option<string?> Report() => new("--report") { Description = "JSON file to write the report to" };

    private static Command Anonymize(CliContext cli)
    {
        var input = Input();
        var output = new Option<string>("--output") { Description = "CSV file to write: the same columns, every quasi-identifier combination shared by at least k records", Required = true };
        var k = new Option<int>("--k") { Description = "Smallest number of records allowed to share a combination (CTDC uses 11)", Required = true };
        var quasi = new Option<string?>("--quasi-identifiers") { Description = "Comma-separated columns an outsider may know (default: " + string.Join(',', CtdcLayout.DefaultQuasiIdentifiers) + ")" };
        var report = Report();
        var command = new Command("anonymize", "Write k-anonymised microdata by widening (age bands, periods, M49 regions) and suppressing single cells, never dropping records")
        {
            input, output, k, quasi, report,
        };
        command.SetAction((parse, _) => cli.RunWithoutDatabaseAsync(t =>
        {
            var kValue = parse.GetValue(k);
            if (kValue < 2) return Task.FromResult(Refuse(cli, t["k must be at least 2."]));
            var columns = Columns(parse.GetValue(quasi), CtdcLayout.DefaultQuasiIdentifiers);
            if (UnknownColumn(columns) is { } unknown) return Task.FromResult(Refuse(cli, t["Unknown column '{0}': it is not in the CTDC layout.", unknown]));
            if (Read(cli, t, parse.GetValue(input)!) is not { } table) return Task.FromResult(ExitCodes.BadInput);
            if (table.RowCount < kValue)
                return Task.FromResult(Refuse(cli, t["The input has {0} records, fewer than k = {1}: nothing can be released from it.", table.RowCount, kValue]));
            if (KAnonymizer.KeyBits(table, columns.Select(CtdcLayout.IndexOf)) > 64)
                return Task.FromResult(Refuse(cli, t["The quasi-identifiers have too many distinct values to be combined; name fewer columns."]));

            var result = KAnonymizer.Anonymize(table, kValue, columns);
            var path = parse.GetValue(output)!;
            CtdcWriter.Write(path, table);
            WriteReport(parse.GetValue(report), result);
            cli.Console.Out.WriteLine(t["Anonymised {0} records into {1} at k = {2}: {3} cells generalised, {4} suppressed, no record dropped; information loss {5} (whole-record redaction would drop {6} records, loss {7}).",
                result.RecordsOut, path, kValue, result.Columns.Sum(c => c.CellsGeneralised), result.Columns.Sum(c => c.CellsSuppressed),
                Percent(result.InformationLoss), result.RecordRedaction.RecordsDropped, Percent(result.RecordRedaction.InformationLoss)]);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static Command Aggregates(CliContext cli)
    {
        var input = Input();
        var output = new Option<string>("--output") { Description = "CSV file to write: combination,count", Required = true };
        var length = new Option<int>("--length") { Description = "Longest combination of attributes counted", Required = true };
        var k = new Option<int?>("--k") { Description = "k mode: list a combination only if at least K records hold it" };
        var resolution = new Option<int?>("--resolution") { Description = "Round counts down to a multiple of R (k mode: required; DP mode: default 1)" };
        var columns = new Option<string?>("--columns") { Description = "Comma-separated columns (default: all but the *Concatenated ones)" };
        var dp = new Option<bool>("--dp") { Description = "Differentially private counts instead of k mode" };
        var epsilon = new Option<double?>("--epsilon") { Description = "DP privacy budget (synthetic-data-showcase uses 4)" };
        var delta = new Option<double?>("--delta") { Description = "DP delta (default 1 / (n ln n), n the protected record count)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the noise, for reproducible runs (default: a secure random seed)" };
        var report = Report();
        var command = new Command("aggregates", "Write counts of attribute combinations (synthetic-data-showcase): k-anonymous, or differentially private with --dp")
        {
            input, output, length, k, resolution, columns, dp, epsilon, delta, seed, report,
        };
        command.SetAction((parse, _) => cli.RunWithoutDatabaseAsync(t =>
        {
            var isDp = parse.GetValue(dp);
            var (kValue, resolutionValue, epsilonValue, deltaValue) = (parse.GetValue(k), parse.GetValue(resolution), parse.GetValue(epsilon), parse.GetValue(delta));
            var lengthValue = parse.GetValue(length);
            if (lengthValue < 1) return Task.FromResult(Refuse(cli, t["The length must be at least 1."]));
            if (!isDp && (kValue is null || resolutionValue is null)) return Task.FromResult(Refuse(cli, t["k mode needs --k and --resolution; DP mode needs --dp and --epsilon."]));
            if (!isDp && kValue < 2) return Task.FromResult(Refuse(cli, t["k must be at least 2."]));
            if (!isDp && (resolutionValue < 1 || resolutionValue > kValue)) return Task.FromResult(Refuse(cli, t["The resolution must be between 1 and k."]));
            if (isDp && kValue is not null) return Task.FromResult(Refuse(cli, t["--k belongs to k mode: with --dp, noise and thresholds protect the counts."]));
            if (isDp && epsilonValue is null) return Task.FromResult(Refuse(cli, t["k mode needs --k and --resolution; DP mode needs --dp and --epsilon."]));
            if (isDp && epsilonValue <= 0) return Task.FromResult(Refuse(cli, t["--epsilon must be greater than 0."]));
            if (isDp && deltaValue is not null && deltaValue is <= 0 or >= 1) return Task.FromResult(Refuse(cli, t["--delta must be between 0 and 1."]));
            if (isDp && resolutionValue < 1) return Task.FromResult(Refuse(cli, t["The resolution must be between 1 and k."]));
            var names = Columns(parse.GetValue(columns), null);
            if (UnknownColumn(names) is { } unknown) return Task.FromResult(Refuse(cli, t["Unknown column '{0}': it is not in the CTDC layout.", unknown]));
            if (Read(cli, t, parse.GetValue(input)!) is not { } table) return Task.FromResult(ExitCodes.BadInput);

            var space = new AttributeSpace(table, names.Length == 0 ? AttributeSpace.DefaultColumns() : [.. names.Select(CtdcLayout.IndexOf)]);
            if (!Combination.Fits(lengthValue, space.Bits))
                return Task.FromResult(Refuse(cli, t["Combinations of length {0} over {1} distinct values do not fit a 64-bit key; use a shorter length or fewer columns.", lengthValue, space.Count - 1]));
            var path = parse.GetValue(output)!;
            var columnNames = space.Columns.Select(c => CtdcLayout.Columns[c].Name).ToList();
            if (!isDp)
            {
                var counts = KAggregates.Count(space, lengthValue, kValue!.Value, resolutionValue!.Value);
                counts.WriteCsv(path);
                WriteReport(parse.GetValue(report), new AggregatesReport("k-anonymous", table.RowCount, columnNames, lengthValue, kValue, resolutionValue.Value,
                    counts.Counts.Count, AggregatesReport.ByLength(counts), null));
                cli.Console.Out.WriteLine(t["Wrote {0} combinations to {1}.", counts.Counts.Count, path]);
                return Task.FromResult(ExitCodes.Ok);
            }

            var (released, budget, levels) = DpAggregates.Run(space, new DpSettings(epsilonValue!.Value, deltaValue, lengthValue), new Noise(parse.GetValue(seed)));
            var step = resolutionValue ?? 1;
            if (step > 1)
                foreach (var key in released.Counts.Keys.ToList()) released.Counts[key] = released.Counts[key] / step * step;
            released.WriteCsv(path);
            var utility = DpUtility.Compare(KAggregates.CountAll(space, lengthValue), released.Counts);
            WriteReport(parse.GetValue(report), new AggregatesReport("differential-privacy", table.RowCount, columnNames, lengthValue, null, step,
                released.Counts.Count, AggregatesReport.ByLength(released), new DpReport(budget, parse.GetValue(seed), levels, utility, DpUtility.Definitions)));
            cli.Console.Out.WriteLine(t["Wrote {0} combinations to {1} with epsilon {2} and delta {3}: mean absolute error {4}, {5} % suppressed, {6} % fabricated.",
                released.Counts.Count, path, budget.Epsilon.ToString("0.###", CultureInfo.CurrentCulture), budget.Delta.ToString("G3", CultureInfo.CurrentCulture),
                utility.MeanAbsoluteError.ToString("0.00", CultureInfo.CurrentCulture), utility.SuppressedPercent.ToString("0.00", CultureInfo.CurrentCulture),
                utility.FabricatedPercent.ToString("0.00", CultureInfo.CurrentCulture)]);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>Reads the input, or prints every problem (line-numbered) and returns null: nothing is written then.</summary>
    private static CtdcTable? Read(CliContext cli, IStringLocalizer t, string path)
    {
        if (!File.Exists(path))
        {
            cli.Console.Error.WriteLine($"error: {t["The input file {0} does not exist.", path]}");
            return null;
        }
        var read = CtdcReader.Read(path);
        if (read.Succeeded) return read.Table;
        foreach (var problem in read.Problems) cli.Console.Error.WriteLine($"error: {t[problem.MessageKey, problem.Args]}");
        cli.Console.Error.WriteLine($"error: {t["{0} is refused: {1} problems, nothing was written.", path, read.ProblemCount]}");
        return null;
    }

    private static string[] Columns(string? list, string[]? fallback) =>
        list is null ? fallback ?? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private static string? UnknownColumn(IEnumerable<string> columns) => columns.FirstOrDefault(c => CtdcLayout.IndexOf(c) < 0);

    private static int Refuse(CliContext cli, string message)
    {
        cli.Console.Error.WriteLine("error: " + message);
        return ExitCodes.BadInput;
    }

    private static void WriteReport<T>(string? path, T report)
    {
        if (path is not null) AtomicFile.Write(path, writer => writer.Write(JsonSerializer.Serialize(report, Json)));
    }

    private static string Percent(double share) => share.ToString("P2", CultureInfo.CurrentCulture);
}
