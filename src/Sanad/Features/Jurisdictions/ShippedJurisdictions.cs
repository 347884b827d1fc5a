using Sanad.Domain.Jurisdictions;

namespace Sanad.Features.Jurisdictions;

/// <summary>One jurisdiction file shipped inside the executable, as text (stored as version 1) and as rules.</summary>
public sealed record ShippedJurisdiction(string Country, string Json, Jurisdiction Rules);

/// <summary>
/// The jurisdiction files shipped with Sanad (src/Sanad/Jurisdictions/*.json), read and checked
/// when the node starts: a shipped file with a problem stops the start with the file and the
/// field named, rather than running a country's mechanism on broken rules.
/// </summary>
public sealed class ShippedJurisdictions
{
    private const string Prefix = "Sanad.Jurisdictions.";

    public IReadOnlyDictionary<string, ShippedJurisdiction> ByCountry { get; }

    private ShippedJurisdictions(IReadOnlyDictionary<string, ShippedJurisdiction> byCountry) => ByCountry = byCountry;

    public static ShippedJurisdictions Load()
    {
        var assembly = typeof(ShippedJurisdictions).Assembly;
        var files = new Dictionary<string, ShippedJurisdiction>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var shipped = Check(resource[Prefix.Length..], reader.ReadToEnd());
            files.Add(shipped.Country, shipped);
        }
        if (files.Count == 0) throw new InvalidOperationException("No jurisdiction file is in the build (src/Sanad/Jurisdictions/*.json).");
        return new ShippedJurisdictions(files);
    }

    /// <summary>Checks one file; throws naming the file and every problem's JSON path.</summary>
    public static ShippedJurisdiction Check(string fileName, string json)
    {
        var (rules, problems) = JurisdictionReader.Read(json);
        if (rules is null)
            throw new InvalidOperationException($"The jurisdiction file {fileName} cannot be used:\n  - "
                + string.Join("\n  - ", problems.Select(JurisdictionReader.Describe)));
        if (!string.Equals(Path.GetFileNameWithoutExtension(fileName), rules.Country, StringComparison.Ordinal))
            throw new InvalidOperationException($"The jurisdiction file {fileName} is for the country {rules.Country} ($.country): name it {rules.Country}.json.");
        return new ShippedJurisdiction(rules.Country, json, rules);
    }
}
