namespace Sanad.Features.Research;

/// <summary>
/// Random draws for differential privacy. The generator is seedable so tests and reruns are
/// reproducible; without a seed it is seeded from the operating system's secure source. Floating
/// point sampling is not hardened against precision attacks (Mironov 2012): see docs/research.md.
/// </summary>
internal sealed class Noise(int? seed)
{
    private readonly Random _random = new(seed ?? System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue));

    public double Gaussian()
    {
        // Box–Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite.
        var u = 1 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    public double Laplace(double scale)
    {
        var u = _random.NextDouble() - 0.5;
        return -scale * Math.Sign(u) * Math.Log(1 - 2 * Math.Abs(u));
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public double Uniform() => _random.NextDouble();
}

/// <summary>The standard normal quantile, for the noise thresholds.</summary>
internal static class Normal
{
    /// <summary>
    /// z such that P(Z &gt; z) = tail, for a small upper-tail probability given directly so that
    /// 1 - tail is never rounded away (Acklam's rational approximation, relative error below 1.2e-9).
    /// </summary>
    public static double UpperQuantile(double tail)
    {
        if (tail <= 0 || tail >= 1) throw new ArgumentOutOfRangeException(nameof(tail));
        if (tail > 0.5) return -UpperQuantile(1 - tail);
        if (tail > 0.02425) return Central(1 - tail);
        var q = Math.Sqrt(-2 * Math.Log(tail));
        return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }

    private static double Central(double p)
    {
        var q = p - 0.5;
        var r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
}
