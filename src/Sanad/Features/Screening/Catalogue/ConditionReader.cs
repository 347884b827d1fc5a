using System.Text.Json;
using Sanad.Domain.Screening;

namespace Sanad.Features.Screening.Catalogue;

/// <summary>
/// Reads a condition of the catalogue: a dimension code ("EX"), { "allOf": [...] } or { "anyOf": [...] },
/// nested as deep as needed, e.g. { "allOf": [ { "anyOf": ["DR", "CR", "VR"] }, "EX", { "anyOf": ["CD", "VD"] } ] }.
/// </summary>
internal sealed class ConditionReader(IReadOnlySet<string> dimensions, CatalogueCheck check)
{
    public Condition Read(JsonElement? element, string where)
    {
        if (element is not { } e)
        {
            check.Problem($"{where} has no condition");
            return new AnyOf([]);
        }
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                var code = e.GetString()!;
                if (!dimensions.Contains(code)) check.Problem($"{where} names an unknown dimension '{code}'");
                return new DimensionIsPositive(code);
            case JsonValueKind.Object when e.EnumerateObject().Count() == 1:
                var only = e.EnumerateObject().Single();
                if (only.Value.ValueKind == JsonValueKind.Array && only.Value.GetArrayLength() > 0)
                {
                    var parts = only.Value.EnumerateArray().Select(p => Read(p, where)).ToList();
                    if (only.Name == "allOf") return new AllOf(parts);
                    if (only.Name == "anyOf") return new AnyOf(parts);
                }
                break;
        }
        check.Problem($"{where}: a condition is a dimension code, {{\"allOf\": [...]}} or {{\"anyOf\": [...]}} with at least one part");
        return new AnyOf([]);
    }
}
