using System.Text;

namespace Matching.Api.Reference;

internal static class CsvParser
{
    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in LF or CRLF,
    // and the last one may have no line end at all (the CBS file).
    public static List<string[]> Parse(string text, char separator = ',')
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                // Inside quotes a doubled quote is a literal one; a single quote closes the field.
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            // A quote opens a quoted field only at its start; elsewhere it is kept as text, as Excel does.
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                EndRecord(records, fields, field, fieldStarted);
                fieldStarted = false;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (quoted)
        {
            throw new InvalidDataException("CSV text ends inside a quoted field.");
        }
        EndRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void EndRecord(List<string[]> records, List<string> fields, StringBuilder field, bool fieldStarted)
    {
        // A line with nothing on it is not a record with one empty field: it is a trailing newline.
        if (!fieldStarted && fields.Count == 0)
        {
            return;
        }
        fields.Add(field.ToString());
        records.Add([.. fields]);
        fields.Clear();
        field.Clear();
    }
}
