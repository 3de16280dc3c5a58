using System.Text;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary>Hostile CSV files: each is a clear error naming the line (or the file), and nothing is written.</summary>
public partial class ImportTest
{
    private static void RefusedAndUntouched(string path, Result result, int code, string message)
    {
        result.ExitCode.ShouldBe(code, result.Error);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("   at ");
        PipelineJson.LoadFile(path).Applications.ShouldBeEmpty("nothing is written");
    }

    [Fact]
    public void Import_Windows1252Accent_IsRefusedSayingToSaveAsUtf8()
    {
        string path = Cli.EmptyPipeline(out string folder);
        byte[] latin1 = [.. "company,role,applied\nAcme,Analyst,2026-11-02\nSoci"u8, 0xE9, .. "t\u00e9,Analyst,2026-11-02\n"u8];

        Result result = Import(path, Bytes(folder, latin1));

        RefusedAndUntouched(path, result, ExitCodes.Invalid, "is not UTF-8 text (line 3 has the byte 0xE9, as a file saved as 'CSV' by Excel on Windows has for an accented letter); save it as 'CSV UTF-8' and import it again. Nothing was imported.");
    }

    [Fact]
    public void Import_Utf16WithByteOrderMark_IsRead()
    {
        string path = Cli.EmptyPipeline(out string folder);

        Result result = Import(path, Bytes(folder, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("company,role,applied\nSociété Générale,Analyst,2026-11-02\n")).ToArray()));

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineJson.LoadFile(path).Applications.Single().Application.CompanyName.ShouldBe("Société Générale");
    }

    [Fact]
    public void Import_Utf16WithoutByteOrderMark_IsRefused()
    {
        string path = Cli.EmptyPipeline(out string folder);

        RefusedAndUntouched(path, Import(path, Bytes(folder, Encoding.Unicode.GetBytes("company,role,applied\nAcme,Analyst,2026-11-02\n"))), ExitCodes.Invalid, "holds NUL characters: it is not CSV text, or it is UTF-16 without a byte order mark; save it as CSV UTF-8.");
    }

    [Fact]
    public void Import_ExcelWorkbook_IsRefusedSayingToExportCsv()
    {
        string path = Cli.EmptyPipeline(out string folder);

        RefusedAndUntouched(path, Import(path, Bytes(folder, [.. "PK\u0003\u0004"u8, 1, 2, 3], "applications.xlsx")), ExitCodes.Invalid, "is a zip archive (an Excel or Numbers workbook?), not CSV text; export it as CSV");
    }

    [Theory]
    [InlineData("company,role,applied\nAcme,An\"alyst,2026-11-02\n", "line 2: a quote inside a value that does not start with one")]
    [InlineData("company,role,applied\n\"Acme,Analyst,2026-11-02\nGlobex,Analyst,2026-11-02\n", "line 2: a quote that is never closed")]
    [InlineData("company,role,applied\nAcme,Analyst,2026-11-02,extra\n", "line 2: it has 4 fields, but the header names 3 columns (a comma inside a value needs quotes around the value).")]
    [InlineData("company,role,applied\nAcme,Analyst,2026-11-31\n", "line 2: applied: '2026-11-31' is not a date; write it as 2026-11-02")]
    [InlineData("company,role,applied\nAcme,Analyst,13/02/2026\n", "line 2: applied: '13/02/2026' is not a date read month first (MM/dd/yyyy); if the file writes the day first, import it with --day-first.")]
    [InlineData("company,role,applied\nAcme,Analyst,2026-12-24\n", "line 2: The application date (2026-12-24) is after today (2026-11-23); record things once they have happened.")]
    [InlineData("id,company,role,applied\nx1,Acme,Analyst,2026-11-02\nx1,Globex,Analyst,2026-11-03\n", "line 3: the id 'x1' is also on line 2; ids must be unique.")]
    [InlineData("company,role,applied,reason\nAcme,Analyst,2026-11-02,Compensation\n", "line 2: a rejection reason (Compensation) with the status Applied; a reason goes with Rejected or Closed.")]
    [InlineData("company,position\nAcme,Analyst\n", "has no 'applied' column. Its columns are: 'company', 'position'.")]
    [InlineData("", "is empty: it needs a header row naming its columns")]
    public void Import_BadRowOrFile_IsAClearErrorAndNothingIsWritten(string text, string message)
    {
        string path = Cli.EmptyPipeline(out string folder);

        RefusedAndUntouched(path, Import(path, Csv(folder, text)), ExitCodes.Invalid, message);
    }

    [Fact]
    public void Import_TooLongCell_IsRefusedWithoutEchoingIt()
    {
        string path = Cli.EmptyPipeline(out string folder);

        Result result = Import(path, Csv(folder, $"company,role,applied\nAcme,{new string('x', 100_000)},2026-11-02\n"));

        RefusedAndUntouched(path, result, ExitCodes.Invalid, "line 2: the role is 100000 characters long; at most 200.");
        result.Error.Length.ShouldBeLessThan(1000);
    }

    [Fact]
    public void Import_FormulaInACell_IsStoredAsTextAndShownAsText()
    {
        string path = Cli.EmptyPipeline(out string folder);
        const string Formula = "=cmd|' /C calc'!A0";

        Result result = Import(path, Csv(folder, $"company,role,applied\n\"{Formula}\",\"+SUM(A1:A9)\",2026-11-02\n"));

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineJson.LoadFile(path).Applications.Single().Application.CompanyName.ShouldBe(Formula);
        File.ReadAllText(path).ShouldContain("\"companyName\": \"=cmd|' /C calc'!A0\"");
        Cli.Run(["list", "--file", path, .. Cli.Fixed]).Out.ShouldContain(Formula);
    }

    [Fact]
    public void Import_HundredThousandRows_IsRefusedAsTooLargeForAPipelineAndNothingIsWritten()
    {
        string path = Cli.EmptyPipeline(out string folder);
        var text = new StringBuilder("company,role,applied\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("Company ").Append(i).Append(",Analyst,2026-11-02\n");
        }

        RefusedAndUntouched(path, Import(path, Csv(folder, text.ToString())), ExitCodes.Invalid, "more than the 4096 KiB a pipeline file may be; nothing was written.");
    }

    [Fact]
    public void Import_HundredThousandBadRows_ListsTwentyAndCountsTheRest()
    {
        string path = Cli.EmptyPipeline(out string folder);
        var text = new StringBuilder("company,role,applied\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("Acme,Analyst,someday\n");
        }

        Result result = Import(path, Csv(folder, text.ToString()));

        RefusedAndUntouched(path, result, ExitCodes.Invalid, "has 100000 bad rows; nothing was imported");
        result.Error.ShouldContain(" - and 99980 more.");
    }
}
