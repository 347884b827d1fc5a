using System.Globalization;

namespace Sanad.Domain;

/// <summary>Dates as the API and the forms take them: year-month-day, whatever the interface language.</summary>
public static class IsoDate
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
