namespace Sanad.Features.Research;

/// <summary>
/// The steps one quasi-identifier column can take, per value code: the next wider code (an age
/// band, a period of years, an M49 region), and at the top the suppressed value -99. Every code on
/// the ladder is added to the column up front, so anonymisation only moves integers.
/// </summary>
internal sealed class GeneralisationLadder
{
    public const ushort None = ushort.MaxValue;

    private readonly ushort[] _wider;
    private readonly double[] _penalty;

    public GeneralisationLadder(CtdcColumn column)
    {
        Column = column;
        Missing = column.Intern(CtdcCodes.Missing);
        foreach (var value in column.Values.ToList())
            for (var wider = CtdcCodes.Wider(column.Kind, value); wider is not null; wider = CtdcCodes.Wider(column.Kind, wider))
                column.Intern(wider);

        var domain = Domain(column);
        var count = column.Values.Count;
        _wider = new ushort[count];
        _penalty = new double[count];
        for (var code = 0; code < count; code++)
        {
            var value = column.Values[code];
            var wider = CtdcCodes.Wider(column.Kind, value);
            _wider[code] = code == Missing ? None : wider is null ? Missing : column.Intern(wider);
            _penalty[code] = code == Missing ? 1 : domain <= 1 ? 0 : Math.Min(1, (CtdcCodes.Covered(column.Kind, value) - 1) / (domain - 1.0));
        }
    }

    public CtdcColumn Column { get; }

    public ushort Missing { get; }

    public int CodeCount => _wider.Length;

    /// <summary>One step up: a wider value, or -99 when none is left; <see cref="None"/> from -99 itself.</summary>
    public ushort Wider(ushort code) => _wider[code];

    /// <summary>
    /// Normalised certainty penalty of a value (Xu et al., 2006): 0 for an original value, 1 for -99,
    /// and (values covered − 1) / (domain − 1) for a generalised one.
    /// </summary>
    public double Penalty(ushort code) => _penalty[code];

    /// <summary>How many distinct original values the column's domain has, for the penalty's denominator.</summary>
    private static int Domain(CtdcColumn column)
    {
        switch (column.Kind)
        {
            case CtdcKind.AgeBand: return CtdcCodes.AgeBandDomain;
            case CtdcKind.Country: return CountryRegions.CountryCount;
            case CtdcKind.Year:
                var years = column.Values.Where(v => v.Length == 4 && v != CtdcCodes.Missing).Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                // A decade must not cost more than suppression, whatever span of years the file has.
                return years.Count == 0 ? 10 : Math.Max(10, years.Max() - years.Min() + 1);
            default: return 1;
        }
    }
}
