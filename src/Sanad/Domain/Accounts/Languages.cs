namespace Sanad.Domain.Accounts;

/// <summary>The languages Sanad speaks. Arabic is written right to left.</summary>
public static class Languages
{
    public const string Arabic = "ar";
    public const string French = "fr";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [English, French, Arabic];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    public static bool IsRightToLeft(string code) => code == Arabic;
}
