using System.Text.Json;
using System.Text.RegularExpressions;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Domain.Jurisdictions;
using Sanad.Domain.Screening;

namespace Sanad.Features.Jurisdictions;

/// <summary>
/// Reads a jurisdiction file and checks every rule of docs/jurisdictions.md, collecting all the
/// problems (each an <see cref="Error"/> whose field is the JSON path, e.g. <c>$.documents[1].validity</c>)
/// so a reviewer fixes them in one pass. A file with any problem gives no rules at all.
/// </summary>
public static partial class JurisdictionReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    public static (Jurisdiction? Rules, IReadOnlyList<Error> Problems) Read(string json)
    {
        JurisdictionFile? file;
        try
        {
            file = JsonSerializer.Deserialize<JurisdictionFile>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [Problem(e.Path ?? "$", "The file is not valid JSON at {0} (line {1}).", e.Path ?? "$", (e.LineNumber ?? 0) + 1)]);
        }
        if (file is null) return (null, [Problem("$", "{0} is missing.", "$")]);
        var check = new Check();
        var rules = check.Build(file);
        return check.Problems.Count == 0 ? (rules, []) : (null, check.Problems);
    }

    /// <summary>A problem as English text, for the start-up error of a shipped file.</summary>
    public static string Describe(Error problem) => string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.MessageKey, problem.Args);

    private static Error Problem(string path, string key, params object[] args) => Error.Invalid(key, args) with { Field = path };

    private sealed class Check
    {
        public List<Error> Problems { get; } = [];

        private void Add(string path, string key, params object[] args) => Problems.Add(Problem(path, key, args));

        public Jurisdiction Build(JurisdictionFile f)
        {
            var country = f.Country?.Trim() ?? "";
            if (!CountryPattern().IsMatch(country)) Add("$.country", "{0} must be a two-letter ISO 3166 country code in capitals.", "$.country");
            var status = JurisdictionStatus.Active;
            if (!Codes.TryParse(f.Status, out status)) Add("$.status", "{0} must be active or draft-for-review.", "$.status");

            var sources = (f.Sources ?? []).Select((s, i) =>
            {
                if (string.IsNullOrWhiteSpace(s.Title)) Add($"$.sources[{i}].title", "{0} is missing.", $"$.sources[{i}].title");
                return new Source(s.Title?.Trim() ?? "", string.IsNullOrWhiteSpace(s.Url) ? null : s.Url.Trim());
            }).ToList();
            if (sources.Count == 0) Add("$.sources", "{0} needs at least one entry.", "$.sources");

            var stages = Coded(f.Stages, "$.stages").Select(c => new Stage(c.Code, c.Label)).ToList();
            if (f.Stages is not { Count: > 0 }) Add("$.stages", "{0} needs at least one entry.", "$.stages");

            ReflectionRule? reflection = null;
            if (f.ReflectionPeriod is { } r)
                reflection = new ReflectionRule(Duration(r.Length, "$.reflectionPeriod.length") ?? Zero, Texts(r.StartsWhen, "$.reflectionPeriod.startsWhen"));

            var documents = Documents(f.Documents);
            var conditions = Coded(f.VictimStatusConditions, "$.victimStatusConditions").Select(c => new VictimStatusCondition(c.Code, c.Label)).ToList();
            if (f.ReferralAnswerDeadlines is null) Add("$.referralAnswerDeadlines", "{0} is missing.", "$.referralAnswerDeadlines");
            var deadlines = new ReferralAnswerDeadlines(
                Duration(f.ReferralAnswerDeadlines?.Normal, "$.referralAnswerDeadlines.normal", f.ReferralAnswerDeadlines is not null) ?? Zero,
                Duration(f.ReferralAnswerDeadlines?.Urgent, "$.referralAnswerDeadlines.urgent", f.ReferralAnswerDeadlines is not null) ?? Zero);

            return new Jurisdiction(country, Texts(f.Name, "$.name"), status, sources, stages, reflection, documents, conditions, deadlines);
        }

        private static readonly IsoDuration Zero = new(0, 0, 0, TimeSpan.Zero);

        private List<DocumentRule> Documents(List<DocumentFile>? documents)
        {
            var rules = new List<DocumentRule>();
            var seen = new HashSet<string>();
            for (var i = 0; i < (documents?.Count ?? 0); i++)
            {
                var d = documents![i];
                var path = $"$.documents[{i}]";
                var code = Code(d.Code, path + ".code", seen);
                // No validity: the document has no end (indefinite residence).
                var validity = d.Validity is null ? null : Duration(d.Validity, path + ".validity");
                int? allowed = 0;
                IsoDuration? renewalLength = null;
                var conditions = new List<LocalisedText>();
                if (d.Renewals is { } renewals)
                {
                    allowed = Allowed(renewals.Allowed, path + ".renewals.allowed");
                    renewalLength = renewals.Length is null ? validity : Duration(renewals.Length, path + ".renewals.length");
                    if (validity is null) Add(path + ".renewals", "{0} is given for a document without an end (no validity).", path + ".renewals");
                    conditions = (renewals.Conditions ?? []).Select((c, j) => Texts(c, $"{path}.renewals.conditions[{j}]")).ToList();
                }
                rules.Add(new DocumentRule(code, Texts(d.Label, path + ".label"), validity, allowed, renewalLength, conditions));
            }
            return rules;
        }

        private int? Allowed(JsonElement? allowed, string path)
        {
            if (allowed is { ValueKind: JsonValueKind.String } word && word.GetString() == "unlimited") return null;
            if (allowed is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var count) && count >= 0) return count;
            Add(path, "{0} must be a whole number of at least 0, or unlimited.", path);
            return 0;
        }

        private List<(string Code, LocalisedText Label)> Coded(List<CodedFile>? entries, string path)
        {
            var seen = new HashSet<string>();
            return (entries ?? []).Select((e, i) => (Code(e.Code, $"{path}[{i}].code", seen), Texts(e.Label, $"{path}[{i}].label"))).ToList();
        }

        private string Code(string? code, string path, HashSet<string> seen)
        {
            var value = code?.Trim() ?? "";
            if (!CodePattern().IsMatch(value)) Add(path, "{0} must be a code of lower-case letters, digits and hyphens.", path);
            else if (!seen.Add(value)) Add(path, "{0} repeats the code {1}.", path, value);
            return value;
        }

        private IsoDuration? Duration(string? text, string path, bool required = true)
        {
            if (IsoDuration.TryParse(text, out var duration)) return duration;
            if (text is not null || required) Add(path, "{0} must be an ISO 8601 duration such as P45D, P3M or PT48H.", path);
            return null;
        }

        private LocalisedText Texts(TextsFile? texts, string path)
        {
            foreach (var (language, value) in new[] { ("en", texts?.En), ("fr", texts?.Fr), ("ar", texts?.Ar) })
                if (string.IsNullOrWhiteSpace(value))
                    Add($"{path}.{language}", "{0} is missing.", $"{path}.{language}");
            return new LocalisedText(texts?.En?.Trim() ?? "", texts?.Fr?.Trim() ?? "", texts?.Ar?.Trim() ?? "");
        }
    }
}
