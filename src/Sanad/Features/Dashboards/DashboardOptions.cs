using System.ComponentModel.DataAnnotations;

namespace Sanad.Features.Dashboards;

/// <summary>Dashboards:MinimumCount: the smallest count a dashboard shows; smaller ones are suppressed.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    /// <summary>Five by default, the usual floor of official statistics on small populations; never below 2.</summary>
    [Range(2, 1000)]
    public int MinimumCount { get; set; } = 5;
}
