using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Screening;
using Sanad.Features.Screening.Catalogue;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad screen --input cases.jsonl [--output out.jsonl]</c>: evaluates survey or inspection
/// records in bulk, one JSON object per line. A bad line is reported on its own output line and on
/// stderr, and the other lines are still evaluated; the exit code is 2 when any line had an error.
/// </summary>
internal static class ScreenVerb
{
    // Output goes to files and terminals, not to HTML: Arabic text and quotes stay readable.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext cli)
    {
        var input = new Option<string>("--input")
        {
            Description = "JSON Lines file, one record per line: {\"id\": \"...\", \"profile\": \"adult-labour\", \"indicators\": [\"dr.job_nature\", ...]}; - reads standard input",
            Required = true,
        };
        var output = new Option<string?>("--output") { Description = "File to write one result per line to (default: standard output)" };
        var screen = new Command("screen", "Evaluate screening records in bulk (surveys, inspections); exit 0 when every line was evaluated, 2 when some had errors")
        {
            input, output,
        };
        screen.SetAction((parse, ct) => cli.RunWithoutDatabaseAsync(async t =>
        {
            var path = parse.GetValue(input)!;
            if (path != "-" && !File.Exists(path))
            {
                cli.Console.Error.WriteLine($"error: {t["The input file {0} does not exist.", path]}");
                return ExitCodes.BadInput;
            }
            var evaluator = new ScreeningEvaluator(ScreeningCatalogueLoader.LoadShipped());
            using var reader = path == "-" ? null : new StreamReader(path, Encoding.UTF8);
            var outputPath = parse.GetValue(output);
            await using var file = outputPath is null ? null : new StreamWriter(outputPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
            var lines = reader ?? cli.Console.In;
            var results = file ?? cli.Console.Out;

            var failed = 0;
            var number = 0;
            while (await lines.ReadLineAsync(ct) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var (result, error) = ScreenLine(line, evaluator, t);
                if (error is not null)
                {
                    failed++;
                    cli.Console.Error.WriteLine($"error: line {number}: {error}");
                }
                await results.WriteLineAsync(result);
            }
            return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return screen;
    }

    /// <summary>The output line for one input line, and the error message when it could not be evaluated.</summary>
    private static (string Line, string? Error) ScreenLine(string line, ScreeningEvaluator evaluator, IStringLocalizer t)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            var message = t["The line is not a JSON object with a profile and a list of indicators."].Value;
            return (ErrorLine(null, message), message);
        }
        using (document)
        {
            var root = document.RootElement;
            JsonElement? id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var given) ? given : null;
            if (!TryRead(root, out var profile, out var indicators))
            {
                var message = t["The line is not a JSON object with a profile and a list of indicators."].Value;
                return (ErrorLine(id, message), message);
            }
            var result = evaluator.Evaluate(profile, indicators);
            if (!result.Succeeded)
            {
                var message = t[result.Error!.MessageKey, result.Error.Args].Value;
                return (ErrorLine(id, message), message);
            }
            return (ResultLine(id, result.Value!), null);
        }
    }

    private static bool TryRead(JsonElement root, out string profile, out List<string?> indicators)
    {
        profile = "";
        indicators = [];
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("profile", out var p) || p.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("indicators", out var list) || list.ValueKind != JsonValueKind.Array
            || list.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
            return false;
        profile = p.GetString()!;
        indicators = list.EnumerateArray().Select(i => i.GetString()).ToList();
        return true;
    }

    private static string ResultLine(JsonElement? id, ScreeningResult result) => Write(json =>
    {
        WriteId(json, id);
        json.WriteString("profile", result.Profile);
        json.WriteString("catalogueVersion", result.CatalogueVersion);
        json.WriteStartObject("dimensions");
        foreach (var dimension in result.Dimensions) json.WriteBoolean(dimension.Code, dimension.Positive);
        json.WriteEndObject();
        json.WriteString("outcome", result.Outcome);
        json.WriteString("rule", result.Rule);
    });

    private static string ErrorLine(JsonElement? id, string message) => Write(json =>
    {
        WriteId(json, id);
        json.WriteString("error", message);
    });

    /// <summary>The id goes back exactly as it came (string or number), so results join to the survey's own records.</summary>
    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value) value.WriteTo(json);
        else json.WriteNullValue();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
