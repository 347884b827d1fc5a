using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// Amounts typed on the finance pages, read the same way in every language: digits (Arabic-Indic ones
/// too), a point or a comma for decimals, no thousands separator. The culture's own number binding would
/// read "1250.50" as nothing on a French page; a figure that cannot be read is refused, never taken as 0.
/// </summary>
public static class BudgetNumbers
{
    public static string Show(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static bool TryRead(string? text, out decimal value)
    {
        var normal = new StringBuilder();
        foreach (var c in (text ?? "").Trim())
            normal.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c is ',' or '٫' ? '.' : c);
        return decimal.TryParse(normal.ToString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a typed figure, or adds the field's localised error under <paramref name="key"/>.</summary>
    public static decimal Read(string? text, string field, string key, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (TryRead(text, out var value)) return value;
        modelState.AddModelError(key, t["The {0} field must be a number like 1250.50.", t[field]]);
        return 0;
    }
}
