using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Cases;

public sealed record OpenedCase(Guid Id, string Reference);

/// <summary>
/// Opens a case for a person the caller's agency can see, with the next reference of the year
/// (format from <c>Cases:ReferenceFormat</c>, default <c>{country}-{year}-{number}</c>, number on 5 digits).
/// The counter and the case are saved in one transaction: references have no gaps and no twins.
/// </summary>
public sealed class OpenCase(SanadDb db, AuditTrail audit, AccessScope caller, NodeSettingsCache settings, Jurisdictions.JurisdictionRules jurisdictions, IConfiguration config, TimeProvider clock)
{
    public async Task<Result<OpenedCase>> HandleAsync(OpenCaseInput input, CancellationToken ct = default)
    {
        if (caller.AgencyId is not { } agency)
            return Error.Invalid("Your account belongs to no agency.");
        var personId = new PersonId(input.PersonId!.Value);
        // A case is opened by the agency that registered the person (the coordinator looks, it does not open).
        if (!await db.People.AnyAsync(p => p.Id == personId && p.AgencyId == agency, ct))
            return Error.Invalid("No such person in your agency.") with { Field = "personId" };

        var now = clock.GetUtcNow().UtcDateTime;
        var country = (await settings.GetAsync()).Country;
        // A new case starts at the first stage of the jurisdiction in force.
        var stage = (await jurisdictions.ForAsync(country, ct))?.Rules.FirstStage.Code;
        // Its own transaction, unless it is part of a larger one (a referral taken on as a case).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var counter = await db.CaseCounters.SingleOrDefaultAsync(c => c.Year == now.Year, ct);
        if (counter is null)
        {
            counter = CaseCounter.Start(now.Year);
            db.CaseCounters.Add(counter);
        }
        var reference = Reference(config["Cases:ReferenceFormat"], country, now.Year, counter.Next());
        var opened = Case.Open(reference, personId, agency, caller.UserId, stage, now);
        db.Cases.Add(opened);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        await audit.RecordAsync("case.opened", AuditOutcome.Success, "case", opened.Id.ToString(), reference);
        return new OpenedCase(opened.Id.Value, reference);
    }

    /// <summary>The reference of a case from the configured format; shared with the demo and bench seeding.</summary>
    internal static string Reference(string? format, string country, int year, int number) =>
        (format ?? "{country}-{year}-{number}")
            .Replace("{country}", country)
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{number}", number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
}
