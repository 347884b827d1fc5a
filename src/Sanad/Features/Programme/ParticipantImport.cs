using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using nietras.SeparatedValues;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Features.Programme;

/// <summary>One problem of an import file: the line (1 is the header), the column, and what to fix, in the reader's language.</summary>
public sealed record ImportProblem(int Line, string Column, string Message);

public sealed record ImportRow(int Line, string Name, string Sex, string Organisation, string Country, string? Email, bool ConsentsToContact);

/// <summary>What a file would import: its rows, the errors that stop it, and the duplicates to check (which do not).</summary>
public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Errors, IReadOnlyList<ImportProblem> Warnings, int Imported)
{
    public bool CanImport => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>
/// Imports participants from a CSV (comma or semicolon) or XLSX file with the columns of
/// <see cref="Columns"/> in any order. The file is checked whole first: wrong or missing columns,
/// unknown organisations, bad sexes, countries, e-mails and dates are reported by line and column,
/// and one error means nothing is imported. Duplicates (same e-mail, or same name in the same
/// organisation, in the file or already registered) are warnings.
/// </summary>
public sealed class ParticipantImport(SanadDb db, AccessScope caller, Participants participants, AuditTrail audit, IStringLocalizer<SharedResource> t)
{
    public static readonly IReadOnlyList<string> Columns = ["name", "sex", "organisation", "position", "country", "email", "phone", "consent", "consent_date"];
    private static readonly string[] Required = ["name", "sex", "organisation", "country"];
    public const int MaxRows = 2000;
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>Checks the file; with <paramref name="commit"/>, imports it when it has no error, all in one transaction.</summary>
    public async Task<Result<ImportPreview>> RunAsync(string fileName, byte[] content, bool commit, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        if (content.Length == 0 || content.Length > MaxBytes) return Error.Invalid("An import file must be between 1 byte and 2 MB.") with { Field = "file" };
        List<(int Line, string[] Cells)> lines;
        try
        {
            lines = IsXlsx(content) ? ReadXlsx(content) : ReadCsv(content);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OpenXmlPackageException)
        {
            return Error.Invalid("The file is neither a CSV nor an XLSX file that can be read.") with { Field = "file" };
        }
        var errors = new List<ImportProblem>();
        var warnings = new List<ImportProblem>();
        if (lines.Count == 0) return new ImportPreview([], [new(1, "", t["The file is empty."])], [], 0);
        var header = lines[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
        foreach (var unknown in header.Where(h => h.Length > 0 && !Columns.Contains(h)))
            errors.Add(new(lines[0].Line, unknown, t["Unknown column \"{0}\". The columns are: {1}.", unknown, string.Join(", ", Columns)]));
        foreach (var missing in Required.Where(r => !header.Contains(r)))
            errors.Add(new(lines[0].Line, missing, t["The column \"{0}\" is missing.", missing]));
        if (lines.Count - 1 > MaxRows) errors.Add(new(lines[0].Line, "", t["At most {0} participants can be imported at once.", MaxRows]));
        if (errors.Count > 0) return new ImportPreview([], errors, [], 0);

        var organisations = (await db.ProgrammeOrganisations.AsNoTracking().ToListAsync(ct))
            .GroupBy(o => o.Name.Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var inputs = new List<(int Line, ParticipantInput Input)>();
        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>();
        foreach (var (line, cells) in lines.Skip(1))
        {
            string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < cells.Length ? cells[i].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var before = errors.Count;
            void Fail(string column, string message) => errors.Add(new(line, column, message));
            var input = new ParticipantInput
            {
                Name = Cell("name"), Position = Cell("position"), Email = Cell("email"), Phone = Cell("phone"),
                Sex = Cell("sex").ToLowerInvariant(), Country = Cell("country").ToUpperInvariant(),
            };
            if (input.Name.Length is 0 or > 200) Fail("name", t["Give a name of at most 200 characters."]);
            if (!Domain.Programmes.Participant.Sexes.Contains(input.Sex)) Fail("sex", t["Sex is female, male or other."]);
            if (!ActivityInput.IsCountryCode(input.Country)) Fail("country", t["Give the country as a two-letter ISO 3166 code, such as JO or BE."]);
            if (!string.IsNullOrEmpty(input.Email) && (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(input.Email) || input.Email.Length > 200))
                Fail("email", t["\"{0}\" is not a valid e-mail address.", input.Email]);
            if (input.Position?.Length > 200 || input.Phone?.Length > 30) Fail("position", t["A position holds at most 200 characters, a phone at most 30."]);
            if (organisations.TryGetValue(Cell("organisation").ToLowerInvariant(), out var organisation)) input.OrganisationId = organisation.Id.Value;
            else Fail("organisation", t["Unknown organisation \"{0}\": add it to the directory first.", Cell("organisation")]);
            var consent = Cell("consent").ToLowerInvariant();
            if (consent is not ("" or "yes" or "no" or "oui" or "non" or "نعم" or "لا" or "1" or "0" or "true" or "false"))
                Fail("consent", t["Consent is yes or no."]);
            input.ConsentsToContact = consent is "yes" or "oui" or "نعم" or "1" or "true";
            var consentDate = Cell("consent_date");
            if (consentDate.Length > 0)
            {
                if (DateOnly.TryParseExact(consentDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) input.ConsentRecordedOn = day;
                else Fail("consent_date", t["\"{0}\" is not a date: write it as YYYY-MM-DD.", consentDate]);
            }
            else if (input.ConsentsToContact) Fail("consent_date", t["Give the day the participant agreed to be contacted."]);
            if (errors.Count > before) continue;

            var (emailKey, nameKey) = await participants.KeysOfAsync(input.Name, input.Email, input.OrganisationId, ct);
            foreach (var key in new[] { emailKey, nameKey }.OfType<string>())
            {
                if (seen.TryGetValue(key, out var first)) warnings.Add(new(line, key == emailKey ? "email" : "name", t["Same person as line {0}?", first]));
                else seen[key] = line;
            }
            if ((await participants.DuplicatesOfAsync(emailKey, nameKey, null, ct)).Count > 0)
                warnings.Add(new(line, "name", t["A participant with this e-mail, or this name in this organisation, is already registered."]));
            inputs.Add((line, input));
            rows.Add(new ImportRow(line, input.Name, input.Sex, organisation!.Name, input.Country, input.Email, input.ConsentsToContact));
        }
        if (errors.Count == 0 && rows.Count == 0) errors.Add(new(1, "", t["The file has no participant."]));
        if (!commit || errors.Count > 0) return new ImportPreview(rows, errors, warnings, 0);

        // One save: every participant of the file is added, or none is.
        foreach (var (_, input) in inputs) db.Participants.Add(await participants.NewAsync(input, ct));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.participants-imported", AuditOutcome.Success, "programme-participant", null, $"{Path.GetExtension(fileName)};count:{inputs.Count}");
        return new ImportPreview(rows, errors, warnings, inputs.Count);
    }

    private static bool IsXlsx(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;

    private static List<(int, string[])> ReadCsv(byte[] content)
    {
        var lines = new List<(int, string[])>();
        using var text = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            lines.Add((row.RowIndex + 1, cells));
        }
        return lines;
    }

    /// <summary>The first sheet; a line is the spreadsheet's row number. Dates typed as dates arrive as serial numbers and are turned back into days.</summary>
    private static List<(int, string[])> ReadXlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var lines = new List<(int, string[])>();
        string[]? header = null;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value ?? "");
                var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var s) && s < shared.Count) value = shared[s];
                cells[column] = value;
            }
            var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
            var values = Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, "")).ToArray();
            if (header is null) header = values.Select(v => v.Trim().ToLowerInvariant()).ToArray();
            else if (Array.IndexOf(header, "consent_date") is var d and >= 0 && d < values.Length
                && double.TryParse(values[d], NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                values[d] = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.Add(((int)(row.RowIndex?.Value ?? (uint)lines.Count + 1), values));
        }
        return lines;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(0, index - 1);
    }
}
