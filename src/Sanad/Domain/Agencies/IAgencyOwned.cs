namespace Sanad.Domain.Agencies;

/// <summary>
/// A record that belongs to one agency. The data layer applies the caller's agency scope to
/// every query over such records (a second wall behind the resource checks), so later
/// capabilities only implement this interface to be scoped.
/// </summary>
public interface IAgencyOwned
{
    AgencyId AgencyId { get; }
}
