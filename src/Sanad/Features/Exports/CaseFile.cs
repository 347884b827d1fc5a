using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Domain.Screening;
using Sanad.Features.Cases;
using Sanad.Features.People;
using Sanad.Features.Services;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;
using Sanad.Web.Printing;
using static Sanad.Features.Exports.SheetWriter;

namespace Sanad.Features.Exports;

/// <summary>
/// The case file: every part of a case its reader may see, read through the same use cases as the
/// case's pages, which apply the tiers (a coordinator's file has no identity, no notes and no
/// free texts; an inspector's no legal track). Refused as the case page is: 404 for a case of
/// another agency, 403 for a role without case files. Every file printed is audited with the
/// parts it holds.
/// </summary>
public sealed class CaseFile(ReadCases cases, ReadPeople people, DecideIdentification decisions, ScreenCase screenings, ScreeningCatalogue catalogue,
    CaseRecords records, CaseFileCare care, AgencyNameBook agencies, AuditTrail audit, AccessScope caller, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task<Result<PrintedFile>> ComposeAsync(CaseId id, CancellationToken ct = default)
    {
        // The API and the pages ask for the case-data policy; checked here too, so no other caller can print past it.
        if (caller.IsAdmin || !Roles.CaseFileRoles.Any(caller.IsInRole)) return Error.Forbidden("Your role does not see this part of the case.");
        if (await cases.OneAsync(id, ct) is not { } c) return Error.NotFound();
        var sheet = new SheetWriter(t);
        var parts = new List<string> { "case" };

        sheet.Section(t["Case"],
        [
            Row(t["Reference"], c.Reference),
            Row(t["Status"], t["case-status:" + c.Status]),
            Row(t["Stage"], c.StageLabel),
            Row(t["Opened"], Date(c.OpenedAt)),
            Row(t["Trafficking status"], c.TraffickingStatus is null ? null
                : c.TraffickingStatusDecidedBy is null ? t["trafficking-status:" + c.TraffickingStatus]
                : $"{t["trafficking-status:" + c.TraffickingStatus]} ({t["body:" + c.TraffickingStatusDecidedBy]})"),
            Row(t["Methods of control"], sheet.Labels("control:", c.MethodsOfControl)),
            Row(t["Labour exploitation"], sheet.Labels("labour:", c.LabourExploitation)),
            Row(t["Sexual exploitation"], sheet.Labels("sexual:", c.SexExploitation)),
            Row(t["Industries (ISIC)"], sheet.Labels("isic:", c.LabourIndustries)),
            Row(t["Relationship to the recruiter"], sheet.Labels("recruiter:", c.RecruiterRelationship)),
        ]);
        sheet.Entries(t["Identification decisions"], await decisions.ListAsync(id, ct) ?? [], d =>
        [
            new PrintedRow(Date(d.DecidedOn), $"{t["identification:" + d.Outcome]} · {t["body:" + d.Authority]}"),
            Row(t["Basis of the decision"], d.Basis),
        ]);
        parts.Add(await PersonAsync(sheet, new PersonId(c.PersonId), ct));
        if (await screenings.ListAsync(id, ct) is { Count: > 0 } screened)
        {
            sheet.Entries(t["Screenings"], screened, ScreeningRows);
            parts.Add("screenings");
        }
        await RecordsAsync(sheet, id, parts, ct);
        parts.AddRange(await care.WriteAsync(sheet, id, ct));
        sheet.Entries(t["History"], c.History, h => [new PrintedRow(Time(h.At), $"{h.Field}: {h.From ?? "—"} → {h.To ?? "—"}")]);

        await audit.RecordAsync("case.file-printed", AuditOutcome.Success, "case", id.ToString(), "parts:" + string.Join(',', parts));
        var reader = caller.AgencyId is { } agency ? await agencies.NameAsync(agency, ct) : "";
        return new PrintedFile(sheet.Finish($"{t["Case file"]} {c.Reference}", reader, clock.GetUtcNow()), $"case-{c.Reference}.pdf");
    }

    /// <summary>The person: her identity for the roles that see it, otherwise only what is statistical. Returns the part printed.</summary>
    private async Task<string> PersonAsync(SheetWriter sheet, PersonId id, CancellationToken ct)
    {
        if (await people.OneAsync(id, ct) is not { } p) return "no-person";
        var who = p.Identity;
        var name = who is null ? null : string.Join(' ', new[] { who.GivenName, who.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        sheet.Section(t["The person"],
        [
            who is null ? new PrintedRow(null, t["Your role sees this record without the person's identity."]) : null,
            Row(t["Name"], name),
            Row(t["Name in Arabic script"], who?.NameArabic),
            Row(t["Other names and spellings"], who is null ? null : string.Join(", ", who.Aliases)),
            Row(t["Date of birth"], who?.DateOfBirth),
            Row(t["Identity documents"], who is null ? null : string.Join("\n", who.Documents.Select(d => $"{t["document:" + d.Type]} {d.Number} {d.Country}".TrimEnd()))),
            Row(t["Phone"], who?.Phone),
            Row(t["Address"], who?.Address),
            Row(t["Sex"], t["sex:" + p.Sex]),
            Row(t["Year of birth"], p.YearOfBirth?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Row(t["Nationality"], p.Nationality),
            Row(t["Languages"], string.Join(", ", p.Languages)),
        ]);
        return who is null ? "person:pseudonymised" : "person:identified";
    }

    private IEnumerable<PrintedRow?> ScreeningRows(CaseScreeningView s)
    {
        var language = Localization.CurrentLanguage;
        // A screening names the catalogue version that produced it; a code a later catalogue dropped prints as itself.
        string OutcomeName(string code) => catalogue.Outcomes.FirstOrDefault(o => o.Code == code)?.Name.In(language) ?? code;
        string DimensionName(string code) => catalogue.Dimensions.FirstOrDefault(d => d.Code == code)?.Name.In(language) ?? code;
        yield return new PrintedRow(Time(s.ScreenedAt), OutcomeName(s.Outcome));
        yield return Row(t["Profile"], catalogue.Profile(s.Profile)?.Name.In(language) ?? s.Profile);
        yield return Row(t["Positive dimensions"], string.Join(", ", s.PositiveDimensions.Select(DimensionName)));
        yield return Row(t["Catalogue version"], s.CatalogueVersion);
        yield return Row(t["Interview language"], s.InterpreterUsed ? $"{s.Language} · {t["An interpreter was used"]}" : s.Language);
    }

    /// <summary>Trafficking events, perpetrators and notes, each as far as the case's records show them to the caller.</summary>
    private async Task RecordsAsync(SheetWriter sheet, CaseId id, List<string> parts, CancellationToken ct)
    {
        if (await records.EventsAsync(id, ct) is { Succeeded: true, Value.Count: > 0 } events)
        {
            sheet.Entries(t["Trafficking events"], events.Value!, e =>
            [
                new PrintedRow(t["event:" + e.Type], string.Join(" · ", new[] { e.Country, e.City, Date(e.Date) }.Where(v => !string.IsNullOrWhiteSpace(v)))),
                Row(t["Means"], sheet.Labels("means:", e.Means)),
                Row(t["Purposes"], sheet.Labels("purpose:", e.Purposes)),
                Row(t["Description"], e.Description),
            ]);
            parts.Add("events");
        }
        if (await records.PerpetratorsAsync(id, ct) is { Succeeded: true, Value.Count: > 0 } perpetrators)
        {
            sheet.Entries(t["Perpetrators"], perpetrators.Value!, p =>
            [
                new PrintedRow(sheet.Labels("perpetrator-role:", p.Roles),
                    string.Join(" · ", new[] { p.Sex is null ? null : t["sex:" + p.Sex].Value, p.Nationality }.Where(v => v is not null)) is { Length: > 0 } known ? known : "—"),
                Row(t["What is known of them"], p.Details),
            ]);
            parts.Add("perpetrators");
        }
        if (await records.NotesAsync(id, ct) is { Succeeded: true } notes)
        {
            sheet.Entries(t["Notes"], notes.Value!, n => [new PrintedRow(Time(n.WrittenAt), n.Text)]);
            parts.Add("notes");
        }
    }
}
