using Matching.Jobs.Reports;

namespace Matching.Jobs.Tests.Reports;

public sealed class ShortfallReportCsvTests
{
    [Fact]
    public void Header_row_comes_first_and_every_line_ends_with_crlf()
    {
        var report = SampleReports.WithCells(SampleReports.Cell("Handel", "Twente", 12, 5, flagged: true));

        var csv = ShortfallReportCsv.Render(report);

        Assert.Equal(
            "iso_week,sector_code,sector_name,region_code,region_name,start_month,demand,supply,shortfall,flagged\r\n" +
            "2026-W10,HAN,Handel,TW,Twente,2026-09,12,5,7,true\r\n",
            csv);
    }

    [Fact]
    public void Empty_report_is_the_header_row_alone()
    {
        var csv = ShortfallReportCsv.Render(SampleReports.Empty());

        Assert.Equal(ShortfallReportCsv.Header + "\r\n", csv);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes()
    {
        var report = SampleReports.WithCells(
            SampleReports.Cell("Zorg, welzijn en sport", "Regio \"Zwolle\"", 3, 3),
            SampleReports.Cell("Horeca\r\nen bakkerij", "Twente\n(Oost)", 1, 0));

        var rows = Parse(ShortfallReportCsv.Render(report));

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Zorg, welzijn en sport", "Regio \"Zwolle\""], [rows[1][2], rows[1][4]]);
        Assert.Equal(["Horeca\r\nen bakkerij", "Twente\n(Oost)"], [rows[2][2], rows[2][4]]);
        Assert.Contains(",\"Zorg, welzijn en sport\",", ShortfallReportCsv.Render(report), StringComparison.Ordinal);
        Assert.Contains(",\"Regio \"\"Zwolle\"\"\",", ShortfallReportCsv.Render(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Klik\")")]
    [InlineData("+31 6 12345678")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    public void Text_a_spreadsheet_would_evaluate_gets_a_leading_apostrophe(string hostile)
    {
        var report = SampleReports.WithCells(SampleReports.Cell(hostile, hostile, 4, 2));

        var row = Parse(ShortfallReportCsv.Render(report))[1];

        Assert.Equal("'" + hostile, row[2]);
        Assert.Equal("'" + hostile, row[4]);
    }

    [Fact]
    public void Negative_shortfall_and_numeric_text_stay_plain_numbers()
    {
        var report = SampleReports.WithCells(SampleReports.Cell("-5", "+12.5", 2, 5, sectorCode: "-7"));

        var csv = ShortfallReportCsv.Render(report);

        Assert.EndsWith(",-7,-5,TW,+12.5,2026-09,2,5,-3,false\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_keep_the_report_order_one_row_each()
    {
        var report = SampleReports.Realistic();

        var rows = Parse(ShortfallReportCsv.Render(report));

        Assert.Equal(report.Cells.Count + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(10, row.Count));
        Assert.Equal(report.Cells.Select(cell => (cell.SectorCode, cell.RegionCode, cell.StartMonth.ToString("yyyy-MM"))),
            rows.Skip(1).Select(row => (row[1], row[3], row[5])));
    }

    // A strict RFC 4180 reader: the test's own, so that a quoting bug in the writer cannot hide behind the same bug here.
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                for (i++; !(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')); i++)
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 1 : 0;
                }
                i++;
                continue;
            }
            if (csv[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(csv[i] is '"' or '\r' or '\n', $"unquoted {(int)csv[i]} at {i}");
                field.Append(csv[i]);
            }
            i++;
        }
        Assert.True(row.Count == 0 && field.Length == 0, "the last line must end with CRLF");
        return rows;
    }
}
