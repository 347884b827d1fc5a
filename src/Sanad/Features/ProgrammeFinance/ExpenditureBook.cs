using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

public sealed record ExpenditureView(Guid Id, string BudgetLine, string Funder, DateOnly SpentOn, decimal Amount, string Currency, decimal Rate,
    decimal AmountInBudgetCurrency, bool Eligible, string Description, string? Reference);

public sealed record ExpenditurePage(IReadOnlyList<ExpenditureView> Items, int Total);

/// <summary>What an import did: how many expenditures it recorded, or every problem found (and nothing recorded).</summary>
public sealed record ImportOutcome(int Recorded, IReadOnlyList<ImportProblem> Problems);

/// <summary>Expenditures of a programme: listed newest first, recorded one by one, or imported from a file all or nothing.</summary>
public sealed class ExpenditureBook(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public const int PageSize = 100;
    /// <summary>An import of more lines is refused: split the file (a year of a large programme is a few thousand lines).</summary>
    public const int MaxImportLines = 60_000;

    public async Task<ExpenditurePage?> ListAsync(Guid? programmeId, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return null;
        var query = db.Expenditures.AsNoTracking().Where(e => e.ProgrammeId == programme.Id);
        if (from is { } start) query = query.Where(e => e.SpentOn >= start);
        if (to is { } end) query = query.Where(e => e.SpentOn <= end);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.SpentOn).ThenByDescending(e => e.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Join(db.BudgetLines, e => e.BudgetLineId, l => l.Id, (e, l) => new { e, Line = l.Code })
            .Join(db.FundingSources, x => x.e.FundingSourceId, f => f.Id, (x, f) => new { x.e, x.Line, Funder = f.Code })
            .ToListAsync(ct);
        return new ExpenditurePage(rows.Select(r => View(r.e, r.Line, r.Funder)).ToList(), total);
    }

    public async Task<Result<ExpenditureView>> RecordAsync(Guid? programmeId, ExpenditureInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        var ledger = await ExpenditureLedger.OpenAsync(db, programme, ct);
        var checkedInput = ledger.Check(input, caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (!checkedInput.Succeeded) return checkedInput.Error!;
        var expenditure = checkedInput.Value!;
        db.Expenditures.Add(expenditure);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("expenditure.recorded", AuditOutcome.Success, "expenditure", expenditure.Id.ToString());
        return View(expenditure, input.BudgetLine.Trim(), input.Funder.Trim().ToUpperInvariant());
    }

    /// <summary>
    /// Checks every line of the file first and records them all in one transaction, or records
    /// nothing and returns every problem with its line number.
    /// </summary>
    public async Task<Result<ImportOutcome>> ImportAsync(Guid? programmeId, Stream file, string fileName, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        IReadOnlyList<string> header;
        IReadOnlyList<ImportedLine> lines;
        try
        {
            (header, lines) = ExpenditureImport.Read(file, fileName);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            return new ImportOutcome(0, [new ImportProblem(1, t["The file cannot be read as CSV or XLSX."])]);
        }
        var missing = ExpenditureImport.RequiredColumns.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(c => c.Length > 0 && !ExpenditureImport.Columns.Contains(c)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            var problems = new List<ImportProblem>();
            if (missing.Count > 0) problems.Add(new(1, t["Missing columns: {0}. The columns are: {1}.", string.Join(", ", missing), string.Join(", ", ExpenditureImport.Columns)]));
            if (unknown.Count > 0) problems.Add(new(1, t["Unknown columns: {0}. The columns are: {1}.", string.Join(", ", unknown), string.Join(", ", ExpenditureImport.Columns)]));
            return new ImportOutcome(0, problems);
        }
        if (lines.Count == 0) return new ImportOutcome(0, [new ImportProblem(2, t["The file has no expenditure lines."])]);
        if (lines.Count > MaxImportLines) return new ImportOutcome(0, [new ImportProblem(1, t["The file has more than {0} lines: split it.", MaxImportLines])]);

        var ledger = await ExpenditureLedger.OpenAsync(db, programme, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = new List<ImportProblem>();
        var recorded = new List<Expenditure>(lines.Count);
        foreach (var line in lines)
        {
            if (Parse(line, found) is not { } input) continue;
            var fieldErrors = RequestValidation.Check(input, t);
            if (fieldErrors.Count > 0)
            {
                found.AddRange(fieldErrors.SelectMany(e => e.Value).Select(m => new ImportProblem(line.Line, m)));
                continue;
            }
            var result = ledger.Check(input, caller.UserId, now);
            if (result.Succeeded) recorded.Add(result.Value!);
            else found.Add(new ImportProblem(line.Line, t[result.Error!.MessageKey, result.Error.Args]));
        }
        if (found.Count > 0) return new ImportOutcome(0, found);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Expenditures.AddRange(recorded);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.RecordAsync("expenditure.imported", AuditOutcome.Success, "programme", programme.Id.ToString(), $"{recorded.Count} lines");
        return new ImportOutcome(recorded.Count, []);
    }

    /// <summary>A line's cells as an expenditure input; the amount and the date in one fixed format so no locale guesses.</summary>
    private ExpenditureInput? Parse(ImportedLine line, List<ImportProblem> problems)
    {
        string Cell(string column) => line.Cells.TryGetValue(column, out var value) ? value : "";
        var ok = true;
        if (!decimal.TryParse(Cell("amount"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            problems.Add(new(line.Line, t["The amount \"{0}\" is not a number like 1250.50 (a point for decimals, no thousands separator).", Cell("amount")]));
            ok = false;
        }
        if (!DateOnly.TryParseExact(Cell("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(line.Line, t["The date \"{0}\" is not a date like 2015-03-31.", Cell("date")]));
            ok = false;
        }
        var eligible = Cell("eligible").ToLowerInvariant();
        if (eligible is not ("" or "yes" or "no" or "true" or "false" or "1" or "0"))
        {
            problems.Add(new(line.Line, t["Eligible is yes or no, not \"{0}\".", Cell("eligible")]));
            ok = false;
        }
        return ok ? new ExpenditureInput
        {
            BudgetLine = Cell("budget_line"), Funder = Cell("funder"), SpentOn = date, Amount = amount, Currency = Cell("currency"),
            Description = Cell("description"), Reference = Cell("reference"), Eligible = eligible is not ("no" or "false" or "0"),
        } : null;
    }

    private static ExpenditureView View(Expenditure e, string line, string funder) =>
        new(e.Id.Value, line, funder, e.SpentOn, e.Amount, e.Currency, e.Rate, e.AmountInBudgetCurrency, e.Eligible, e.Description, e.Reference);
}
