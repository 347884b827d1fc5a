using System.Globalization;

namespace Sanad.Features.Research;

/// <summary>
/// The values each kind of CTDC column accepts, and the generalisation ladder anonymisation climbs
/// (docs/research.md lists every code). A reader accepts the generalised codes too, so an
/// anonymised file can be read again, for aggregates or a second pass.
/// </summary>
internal static class CtdcCodes
{
    /// <summary>Missing, unknown or suppressed, in every column.</summary>
    public const string Missing = "-99";

    private static readonly string[] LeafAgeBands = ["0--8", "9--17", "09--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"];
    private static readonly string[] RecruiterLabels = ["Intimate Partner", "Friend/Acquaintance", "Family/Relative", "Other", "Not Specified"];

    /// <summary>Age bands CTDC writes, counted once (09--17 is another spelling of 9--17): the domain of the information-loss measure.</summary>
    public const int AgeBandDomain = 9;

    public static bool IsValid(CtdcKind kind, ReadOnlySpan<char> value)
    {
        if (value.SequenceEqual(Missing)) return true;
        return kind switch
        {
            CtdcKind.Year => IsYear(value) || IsPeriod(value),
            CtdcKind.Datasource => value is "Case Management" or "Hotline",
            CtdcKind.Gender => value is "Female" or "Male",
            CtdcKind.AgeBand => value is "0--17" or "18--29" or "30--47" or "18+" || LeafAgeBands.AsSpan().Contains(value.ToString()),
            CtdcKind.Majority => value is "Adult" or "Minor",
            CtdcKind.Country => value is "00" || CountryRegions.IsCountry(value) || CountryRegions.IsRegion(value),
            CtdcKind.Flag => value is "0" or "1",
            CtdcKind.Recruiter => IsRecruiter(value),
            _ => true,
        };
    }

    /// <summary>The next wider value, or null when the only step left is suppression (-99).</summary>
    public static string? Wider(CtdcKind kind, string value) => kind switch
    {
        CtdcKind.Year when IsYear(value) => Period(int.Parse(value, CultureInfo.InvariantCulture) / 5 * 5, 5),
        CtdcKind.Year when IsPeriod(value) && PeriodLength(value) == 5 => Period(int.Parse(value[..4], CultureInfo.InvariantCulture) / 10 * 10, 10),
        CtdcKind.AgeBand => value switch
        {
            "0--8" or "9--17" or "09--17" => "0--17",
            "18--20" or "21--23" or "24--26" or "27--29" => "18--29",
            "30--38" or "39--47" => "30--47",
            "48+" or "18--29" or "30--47" => "18+",
            _ => null,
        },
        CtdcKind.Country => CountryRegions.Wider(value),
        _ => null,
    };

    /// <summary>How many original values a value stands for (1 for an original value), for the normalised certainty penalty.</summary>
    public static int Covered(CtdcKind kind, string value) => kind switch
    {
        CtdcKind.Year when IsPeriod(value) => PeriodLength(value),
        CtdcKind.AgeBand => value switch { "0--17" or "30--47" => 2, "18--29" => 4, "18+" => 7, _ => 1 },
        CtdcKind.Country => CountryRegions.Covered(value),
        _ => 1,
    };

    private static string Period(int from, int length) => $"{from}--{from + length - 1}";

    private static int PeriodLength(ReadOnlySpan<char> value) =>
        int.Parse(value[6..], CultureInfo.InvariantCulture) - int.Parse(value[..4], CultureInfo.InvariantCulture) + 1;

    private static bool IsYear(ReadOnlySpan<char> value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099;

    /// <summary>A period written by anonymisation: five years from a multiple of 5, or ten from a multiple of 10.</summary>
    private static bool IsPeriod(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || !value[4..6].SequenceEqual("--") || !IsYear(value[..4]) || !IsYear(value[6..])) return false;
        var from = int.Parse(value[..4], CultureInfo.InvariantCulture);
        var length = PeriodLength(value);
        return (length == 5 && from % 5 == 0) || (length == 10 && from % 10 == 0);
    }

    private static bool IsRecruiter(ReadOnlySpan<char> value)
    {
        foreach (var part in value.Split("; "))
            if (!RecruiterLabels.AsSpan().Contains(value[part].ToString())) return false;
        return true;
    }
}
