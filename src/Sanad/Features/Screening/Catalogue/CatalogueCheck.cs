using Sanad.Domain.Screening;

namespace Sanad.Features.Screening.Catalogue;

/// <summary>Collects every problem of a catalogue, so its reviewers fix them all in one pass.</summary>
internal sealed class CatalogueCheck
{
    public List<string> Problems { get; } = [];

    public void Problem(string message) => Problems.Add(message);

    /// <summary>The entries with a code, reporting missing and duplicate codes.</summary>
    public IEnumerable<T> Unique<T>(List<T>? entries, Func<T, string?> code, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            var value = code(entry);
            if (string.IsNullOrWhiteSpace(value)) Problem($"a {what} has no code or key");
            else if (!seen.Add(value)) Problem($"duplicate {what} '{value}'");
            else yield return entry;
        }
    }

    /// <summary>A text in the three languages; any one missing is a problem, since the page would show a blank.</summary>
    public LocalisedText Texts(TextsFile? texts, string where)
    {
        foreach (var (language, value) in new[] { ("en", texts?.En), ("fr", texts?.Fr), ("ar", texts?.Ar) })
            if (string.IsNullOrWhiteSpace(value))
                Problem($"{where} has no text in '{language}'");
        return new LocalisedText(texts?.En ?? "", texts?.Fr ?? "", texts?.Ar ?? "");
    }
}
