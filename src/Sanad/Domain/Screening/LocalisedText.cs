using Sanad.Domain.Accounts;

namespace Sanad.Domain.Screening;

/// <summary>A text of the catalogue in the three languages Sanad speaks; none may be missing.</summary>
public sealed record LocalisedText(string En, string Fr, string Ar)
{
    public string In(string language) => language switch
    {
        Languages.Arabic => Ar,
        Languages.French => Fr,
        _ => En,
    };
}
