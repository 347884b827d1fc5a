using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Domain.Services;

namespace Sanad.Features.Seeding;

/// <summary>
/// The identification decision of each generated victim and the services she received, so the
/// dashboards' time-to-assistance and services charts have something to count: a decision within
/// three weeks of the opening (formal when the case says actual), and for seven in ten a first
/// service days to months later, for some a second. Nothing is written after today.
/// </summary>
internal static class SeededAssistance
{
    public static (List<IdentificationDecision> Decisions, List<ServiceDelivery> Services) For(IReadOnlyList<Case> cases, Random random, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var decisions = new List<IdentificationDecision>(cases.Count);
        var services = new List<ServiceDelivery>(cases.Count);
        foreach (var c in cases.Where(c => c.TraffickingStatus is TraffickingStatus.Possible or TraffickingStatus.Actual))
        {
            var decidedOn = DateOnly.FromDateTime(c.OpenedAt).AddDays(random.Next(0, 21));
            if (decidedOn > today) continue;
            var outcome = c.TraffickingStatus == TraffickingStatus.Actual ? IdentificationOutcome.FormallyIdentified
                : random.NextDouble() < 0.5 ? IdentificationOutcome.Possible : IdentificationOutcome.Presumed;
            decisions.Add(IdentificationDecision.Record(c.Id, outcome, c.TraffickingStatusDecidedBy ?? "committee", decidedOn, null, c.OpenedAt));
            if (random.NextDouble() >= 0.7) continue;
            var startedOn = decidedOn.AddDays(Delay(random));
            for (var n = 0; n < (random.NextDouble() < 0.3 ? 2 : 1) && startedOn <= today; n++, startedOn = startedOn.AddDays(random.Next(1, 60)))
            {
                var finished = startedOn.AddDays(random.Next(7, 90));
                var outcome2 = finished > today ? ServiceOutcome.Ongoing : random.NextDouble() < 0.85 ? ServiceOutcome.Completed : ServiceOutcome.Interrupted;
                services.Add(ServiceDelivery.Record(c.Id, ServiceTypes.All[random.Next(ServiceTypes.All.Count)], c.AgencyId, null, startedOn,
                    outcome2 == ServiceOutcome.Ongoing ? null : finished, outcome2, null, c.OpenedAt));
            }
        }
        return (decisions, services);
    }

    /// <summary>Days from the decision to the first service: most within a week, a tail over months.</summary>
    private static int Delay(Random random) => random.NextDouble() switch
    {
        < 0.4 => random.Next(0, 8),
        < 0.7 => random.Next(8, 31),
        < 0.9 => random.Next(31, 91),
        _ => random.Next(91, 400),
    };
}
