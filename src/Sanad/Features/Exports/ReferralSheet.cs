using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.People;
using Sanad.Domain.Referrals;
using Sanad.Domain.Services;
using Sanad.Features.Cases;
using Sanad.Features.People;
using Sanad.Features.Referrals;
using Sanad.Features.Services;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web.Printing;
using static Sanad.Features.Exports.SheetWriter;

namespace Sanad.Features.Exports;

/// <summary>
/// The referral sheet: the referral as its reader sees it, and the part of the case it shares.
/// The receiver's case part is <see cref="ReadReferrals"/>' scoped view itself (sent and still
/// consented scopes only), never a second filter. The sender's is the same shared scopes read
/// through the sender's own use cases, so its role decides what of them it sees: a sheet handed
/// over with a referral never carries more than the person agreed to. The coordinator sees the
/// referral without any case data. Every sheet is audited with the scopes it printed.
/// </summary>
public sealed class ReferralSheet(ReadReferrals referrals, ReadCases cases, ReadPeople people, CaseRecords records, ServiceDirectory services,
    SanadDb db, AgencyNameBook agencies, AuditTrail audit, AccessScope caller, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task<Result<PrintedFile>> ComposeAsync(ReferralId id, CancellationToken ct = default)
    {
        if (await referrals.OneAsync(id, ct) is not { } r) return Error.NotFound();
        var service = r.ServiceId is { } serviceId ? await services.OneAsync(new ServiceId(serviceId), ct) : null;
        (ReferredCase? Case, IReadOnlyList<string> Scopes) view = r.Side switch
        {
            "receiver" => (r.Case, r.Case is null ? [] : r.SharedScope),
            "sender" => await SenderViewAsync(r, service, ct),
            _ => (null, []),
        };
        var (shared, scopes) = view;

        var sheet = new SheetWriter(t);
        sheet.Section(t["Referral"],
        [
            Row(t["From"], r.FromAgency),
            Row(t["To"], r.ToAgency),
            Row(t["Service"], service is null ? null : $"{t["service:" + service.Type]} — {service.Name}"),
            Row(t["Urgency"], t["urgency:" + r.Urgency]),
            Row(t["Status"], t["referral-state:" + r.State]),
            Row(t["Sent"], Time(r.SentAt)),
            Row(t["Answer due by"], Time(r.AnswerDueAt)),
            Row(t["Reason for the referral"], r.Reason),
            Row(t["Data sent"], sheet.Labels("scope:", r.Scope)),
            Row(t["Shared now"], scopes.Count == 0 ? "—" : sheet.Labels("scope:", scopes)),
            r.ConsentWithdrawn ? new PrintedRow(null, t["The person withdrew a consent this referral relied on. No more of the case is shared than her remaining consent allows."]) : null,
        ]);
        if (shared is not null) CaseSections(sheet, shared);
        sheet.Entries(t["History"], r.History, h => [new PrintedRow(Time(h.At), h.Reason is null ? t["referral-state:" + h.To] : $"{t["referral-state:" + h.To]} — {h.Reason}")]);

        await audit.RecordAsync("referral.sheet-printed", AuditOutcome.Success, Referral.RecordType, id.ToString(),
            $"{r.Side};scope:{string.Join(',', scopes)}");
        var reference = shared?.Reference;
        var title = reference is null ? t["Referral sheet"].Value : $"{t["Referral sheet"]} {reference}";
        var reader = caller.AgencyId is { } agency ? await agencies.NameAsync(agency, ct) : "";
        return new PrintedFile(sheet.Finish(title, reader, clock.GetUtcNow()), $"referral-{reference ?? r.Id.ToString()}.pdf");
    }

    /// <summary>
    /// What the sender prints of its own case: the scopes both sent and still consented, each read
    /// with the sender's rights; nothing once the referral was declined, cancelled or expired, and
    /// nothing for a role that does not open case files.
    /// </summary>
    private async Task<(ReferredCase? Case, IReadOnlyList<string> Scopes)> SenderViewAsync(ReferralDetails r, ServiceView? service, CancellationToken ct)
    {
        if (r.CaseId is not { } caseId || !Roles.CaseFileRoles.Any(caller.IsInRole) || r.State is "declined" or "cancelled" or "expired")
            return (null, []);
        var consented = await ConsentedScope.ForAsync(db, new CaseId(caseId), new AgencyId(r.ToAgencyId), ct);
        var shared = r.Scope.Where(consented.Contains).ToList();
        if (await cases.OneAsync(new CaseId(caseId), ct) is not { } found) return (null, []);
        var view = new ReferredCase();
        var printed = new List<string>();
        if (shared.Contains(DataScopes.Operational))
        {
            view = view with { Reference = found.Reference, Status = found.Status, ServiceAsked = service?.Type, AnswerDueAt = r.AnswerDueAt };
            printed.Add(DataScopes.Operational);
        }
        if ((shared.Contains(DataScopes.Identifying) || shared.Contains(DataScopes.Contact))
            && (await people.OneAsync(new PersonId(found.PersonId), ct))?.Identity is { } identity)
        {
            if (shared.Contains(DataScopes.Identifying))
            {
                view = view with
                {
                    GivenName = identity.GivenName, FamilyName = identity.FamilyName, NameArabic = identity.NameArabic,
                    Aliases = identity.Aliases, DateOfBirth = identity.DateOfBirth, Documents = identity.Documents,
                };
                printed.Add(DataScopes.Identifying);
            }
            if (shared.Contains(DataScopes.Contact))
            {
                view = view with { Phone = identity.Phone ?? "", Address = identity.Address ?? "" };
                printed.Add(DataScopes.Contact);
            }
        }
        if (shared.Contains(DataScopes.Sensitive) && await records.NotesAsync(new CaseId(caseId), ct) is { Succeeded: true } notes)
        {
            view = view with { Notes = notes.Value!.Select(n => n.Text).ToList() };
            printed.Add(DataScopes.Sensitive);
        }
        return (view, DataScopes.All.Where(printed.Contains).ToList());
    }

    private void CaseSections(SheetWriter sheet, ReferredCase c)
    {
        var name = string.Join(' ', new[] { c.GivenName, c.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        sheet.Section(t["Shared data"],
        [
            Row(t["Reference"], c.Reference),
            Row(t["Status"], c.Status is null ? null : t["case-status:" + c.Status].Value),
            Row(t["Service asked"], c.ServiceAsked is null ? null : t["service:" + c.ServiceAsked].Value),
            Row(t["Name"], name),
            Row(t["Name in Arabic script"], c.NameArabic),
            Row(t["Other names and spellings"], c.Aliases is null ? null : string.Join(", ", c.Aliases)),
            Row(t["Date of birth"], c.DateOfBirth),
            Row(t["Identity documents"], c.Documents is null ? null
                : string.Join("\n", c.Documents.Select(d => $"{t["document:" + d.Type]} {d.Number} {d.Country}".TrimEnd()))),
            Row(t["Phone"], c.Phone),
            Row(t["Address"], c.Address),
        ]);
        if (c.Notes is not null) sheet.Entries(t["Notes"], c.Notes, n => [new PrintedRow(null, n)]);
    }
}
