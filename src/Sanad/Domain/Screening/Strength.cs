namespace Sanad.Domain.Screening;

/// <summary>How strongly one indicator points to trafficking, as the ILO/EC Delphi survey graded it.</summary>
public enum Strength
{
    Strong,
    Medium,
    Weak,
}

public static class Strengths
{
    /// <summary>The lower-case code the catalogue and the API use ("strong", "medium", "weak").</summary>
    public static string Code(this Strength strength) => strength.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out Strength strength)
    {
        foreach (var candidate in Enum.GetValues<Strength>())
            if (candidate.Code() == code)
            {
                strength = candidate;
                return true;
            }
        strength = default;
        return false;
    }
}
