using PdfSharp.Pdf.IO;
using Sanad.Web.Printing;

namespace Sanad.Tests.Web;

public sealed class PrintingTests
{
    private static string Codes(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4")));

    [Fact]
    public void Arabic_letters_take_their_joined_forms_and_are_drawn_right_to_left()
    {
        // محمد: initial meem, medial haa, medial meem, final dal; drawn from the right, so the last letter comes first.
        Assert.Equal("FEAA FEE4 FEA4 FEE3", Codes(ArabicShaping.Visual("محمد", rightToLeft: true)));
        // سلام: lam-alef as one ligature in its final form; the meem after an alef stands alone.
        Assert.Equal("FEB3 FEFC FEE1", Codes(ArabicShaping.Shape("سلام")));
        Assert.Equal("FEFB", Codes(ArabicShaping.Shape("لا")));
        // Vowel marks are left out rather than drawn apart from their letter.
        Assert.Equal(ArabicShaping.Shape("محمد"), ArabicShaping.Shape("مُحَمَّد"));
    }

    [Fact]
    public void Latin_letters_and_digits_keep_their_order_inside_a_right_to_left_line()
    {
        var visual = ArabicShaping.Visual("جواز P1234567", rightToLeft: true);
        Assert.StartsWith("P1234567 ", visual);
        Assert.Equal(ArabicShaping.Visual("جواز", true), visual["P1234567 ".Length..]);
        Assert.StartsWith("+962 79 123 4567", ArabicShaping.Visual("الهاتف +962 79 123 4567", rightToLeft: true));
        // In an English line an Arabic name is reversed in place and the rest stays as written.
        var english = ArabicShaping.Visual("Name: فاطمة (Fatima)", rightToLeft: false);
        Assert.StartsWith("Name: ", english);
        Assert.EndsWith(" (Fatima)", english);
    }

    [Fact]
    public void A_long_document_prints_on_as_many_pages_as_it_needs_with_its_title()
    {
        var rows = Enumerable.Range(1, 120).Select(i => new PrintedRow($"الخدمة {i}", $"مأوى وحماية، المرجع JO-2026-{i:00000}")).ToList();
        var bytes = PdfPrinter.Print(new PrintedDocument("ملف الحالة JO-2026-00042", true,
            [new PrintedSection("الخدمات المقدمة", rows), new PrintedSection("ملاحظات", [new PrintedRow(null, string.Join(' ', Enumerable.Repeat("نص طويل", 300)))])],
            "سري"));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var read = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.InRange(read.PageCount, 3, 20);
        Assert.Equal("ملف الحالة JO-2026-00042", read.Info.Title);

        var short_ = PdfPrinter.Print(new PrintedDocument("Referral sheet", false, [new PrintedSection("Referral", [new PrintedRow("Urgency", "urgent")])], "Confidential"));
        using var one = PdfReader.Open(new MemoryStream(short_), PdfDocumentOpenMode.Import);
        Assert.Equal(1, one.PageCount);
    }
}
