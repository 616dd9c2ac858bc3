using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>
/// Word .docx (DocumentFormat.OpenXml). Output, one paragraph a line:
/// <list type="bullet">
/// <item>body paragraphs in order, list numbers rendered ("I. ", "1. ", "a) ", bullets as "- ");</item>
/// <item>tables of three or more columns: one row a line, cells joined by " | " so a row of an assignment
/// table (task | lead unit | deadline) stays together, and a "|" line after each row (TextNormalizer ends a
/// paragraph at a "|" line, as in the corpus's flattened tables; without it rows would be joined);</item>
/// <item>tables of one or two columns, which official documents use for layout (the issuer/motto header, the
/// "Nơi nhận" / signature block): each cell's paragraphs on lines of their own with a "|" line between cells,
/// the shape of the flattened tables in the corpus, so the header lines stay separate;</item>
/// <item>footnotes and endnotes appended after the body as "[n] text", numbered in order of reference
/// (the body keeps no marker: a number glued to a word is the noise DOMAIN.md §5 warns about).</item>
/// </list>
/// Page headers/footers, deleted revisions, field codes and hidden text are left out.
/// </summary>
public sealed class DocxDecoder : IDocumentDecoder
{
    /// <summary>Tables narrower than this are layout, not data.</summary>
    private const int DataTableMinColumns = 3;

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public string Decode(Stream input, string sourceName)
    {
        var bytes = ReadSeekable(input);
        CheckSignature(bytes, sourceName);
        try
        {
            using var doc = WordprocessingDocument.Open(bytes, isEditable: false);
            var main = doc.MainDocumentPart
                ?? throw new DecodeException(sourceName, "no main document part: not a Word document (an .xlsx or .pptx renamed to .docx?)");
            var body = main.Document?.Body
                ?? throw new DecodeException(sourceName, "the main document has no body");
            return new Writer(main).Write(body);
        }
        catch (DecodeException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The ZIP, packaging and XML layers each throw their own types on damaged input; all mean the same
            // to the user, and one bad file must not stop a folder from being extracted.
            throw new DecodeException(sourceName, $"not a readable .docx (corrupt or truncated): {e.Message}");
        }
    }

    private static MemoryStream ReadSeekable(Stream input)
    {
        var ms = new MemoryStream();
        input.CopyTo(ms);
        ms.Position = 0;
        return ms;
    }

    private static void CheckSignature(MemoryStream bytes, string sourceName)
    {
        var head = bytes.GetBuffer().AsSpan(0, (int)Math.Min(bytes.Length, 8));
        if (head is [0xD0, 0xCF, 0x11, 0xE0, ..])
            throw new DecodeException(sourceName,
                "this is an OLE file, not a .docx: a legacy Word .doc or a password-protected .docx; save it as an unprotected .docx");
        if (head is not [(byte)'P', (byte)'K', 0x03, 0x04, ..])
            throw new DecodeException(sourceName, "not a .docx (a .docx is a ZIP archive and this one has no ZIP signature)");
    }

    /// <summary>Walks one document; holds the list counters and the footnote order while doing it.</summary>
    private sealed class Writer(MainDocumentPart main)
    {
        private readonly DocxNumbering _numbering = new(main);
        private readonly List<long> _footnoteOrder = [];
        private readonly List<long> _endnoteOrder = [];

        public string Write(Body body)
        {
            var lines = new List<string>();
            Blocks(body, lines);
            AppendNotes(lines);
            return string.Join('\n', lines);
        }

        private void Blocks(OpenXmlElement container, List<string> lines)
        {
            foreach (var e in container.ChildElements)
            {
                switch (e)
                {
                    case Paragraph p: Paragraph(p, lines); break;
                    case Table t: Table(t, lines); break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content: Blocks(content, lines); break;
                    case CustomXmlBlock or SdtContentBlock: Blocks(e, lines); break;
                }
            }
        }

        private void Paragraph(Paragraph p, List<string> lines)
        {
            var sb = new StringBuilder(_numbering.Label(p));
            var floating = new List<string>();
            Inline(p, sb, floating);
            lines.Add(sb.ToString());
            lines.AddRange(floating);
        }

        /// <summary>Text of runs in order; text boxes anchored in the paragraph go to <paramref name="floating"/>.</summary>
        private void Inline(OpenXmlElement e, StringBuilder sb, List<string> floating)
        {
            foreach (var child in e.ChildElements)
            {
                switch (child)
                {
                    case Text t: sb.Append(t.Text); break;
                    case TabChar or PositionalTab: sb.Append('\t'); break;
                    case Break or CarriageReturn: sb.Append('\n'); break;
                    case NoBreakHyphen: sb.Append('-'); break;
                    case FootnoteReference f when f.Id?.Value is { } id: _footnoteOrder.Add(id); break;
                    case EndnoteReference n when n.Id?.Value is { } id: _endnoteOrder.Add(id); break;
                    case Run r when IsHidden(r): break;
                    case ParagraphProperties or RunProperties or DeletedRun or DeletedText or FieldCode
                        or DeletedFieldCode or SoftHyphen or MoveFromRun:
                        break;
                    // A drawing's text box is stored twice (DrawingML choice, VML fallback): read the first.
                    case AlternateContent ac when ac.ChildElements.FirstOrDefault() is { } choice:
                        Inline(choice, sb, floating); break;
                    case TextBoxContent box: Blocks(box, floating); break;
                    default: Inline(child, sb, floating); break;
                }
            }
        }

        private static bool IsHidden(Run r) =>
            r.RunProperties?.Vanish is { } v && (v.Val is null || v.Val.Value);

        private void Table(Table t, List<string> lines)
        {
            var rows = t.Elements<TableRow>().ToList();
            var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Elements<TableCell>().Count());
            if (columns >= DataTableMinColumns)
            {
                foreach (var row in rows)
                {
                    lines.Add(string.Join(" | ", row.Elements<TableCell>().Select(CellLine)));
                    lines.Add("|");
                }
                return;
            }
            foreach (var row in rows)
                foreach (var cell in row.Elements<TableCell>())
                {
                    Blocks(cell, lines);
                    lines.Add("|");
                }
        }

        /// <summary>A cell on one line: its paragraphs (and nested tables) joined by spaces.</summary>
        private string CellLine(TableCell cell)
        {
            var inner = new List<string>();
            Blocks(cell, inner);
            return string.Join(' ', inner.Select(l => l.Replace('\n', ' ').Trim()).Where(l => l.Length > 0));
        }

        private void AppendNotes(List<string> lines)
        {
            var number = 0;
            Notes(main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(f => (f.Id?.Value, f.Type?.Value, (OpenXmlElement)f)),
                _footnoteOrder, lines, ref number);
            Notes(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(f => (f.Id?.Value, f.Type?.Value, (OpenXmlElement)f)),
                _endnoteOrder, lines, ref number);
        }

        private void Notes(IEnumerable<(long? Id, FootnoteEndnoteValues? Type, OpenXmlElement Note)>? notes,
            List<long> order, List<string> lines, ref int number)
        {
            if (notes is null) return;
            // Separators (types separator / continuationSeparator / continuationNotice) are not notes.
            var real = notes.Where(n => n.Id is not null && (n.Type is null || n.Type == FootnoteEndnoteValues.Normal))
                .ToDictionary(n => n.Id!.Value, n => n.Note);
            var ids = order.Distinct().Where(real.ContainsKey).Concat(real.Keys.Order()).Distinct();
            foreach (var id in ids)
            {
                var inner = new List<string>();
                Blocks(real[id], inner);
                var text = string.Join(' ', inner.Select(l => l.Trim()).Where(l => l.Length > 0));
                if (text.Length == 0) continue;
                if (number == 0) lines.Add("");
                lines.Add($"[{++number}] {text}");
            }
        }
    }
}
