using System.Globalization;
using System.Text.RegularExpressions;

namespace Sanad.Domain.Jurisdictions;

/// <summary>
/// An ISO 8601 duration as the law writes it (P45D, P3M, P6M, PT48H). Months and years are kept as
/// calendar units, not converted to days: "3 months" from 1 March run to 31 May, as a clerk counts.
/// </summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, TimeSpan.Zero);
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success || text!.Trim() is "P" or "PT" || text.Trim().EndsWith('T')) return false;
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Part(1), Part(2), Part(3) * 7 + Part(4), new TimeSpan(Part(5), Part(6), Part(7)));
        return !duration.IsZero;
    }

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    /// <summary>
    /// The last day covered by a period that starts on <paramref name="start"/>: a 45-day period
    /// starting on 1 March covers 1 March to 14 April inclusive.
    /// </summary>
    public DateOnly LastDayFrom(DateOnly start) => start.AddYears(Years).AddMonths(Months).AddDays(Days - 1);

    /// <summary>The same span added to the end of a period (a renewal runs on from the day after the old end).</summary>
    public DateOnly ExtendFrom(DateOnly lastDay) => LastDayFrom(lastDay.AddDays(1));

    public DateTime After(DateTime instant) => instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);
}
