using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The corpus is plain text; real inputs are also .docx and .pdf. This renders the same documents in each
/// format (DOCX one paragraph a line; PDF in DejaVu Sans, 60 lines a page) and times decoding and full
/// extraction per format. Rates are in MB of decoded text (UTF-8), because a PDF's size is mostly its
/// embedded font and says little about the work.
/// </summary>
public static class FormatBenchmark
{
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const int LinesPerPage = 60, CharsPerLine = 95;

    public static List<FormatResult> Run(IReadOnlyList<string> textFiles, int rounds, TextWriter log)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kg-bench-formats-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var texts = textFiles.Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
            var sets = new List<(string Format, List<string> Files)>
            {
                ("txt", texts.Select(t => Write(dir, t.Name + ".txt", Encoding.UTF8.GetBytes(t.Text))).ToList()),
                ("docx", texts.Select(t => Write(dir, t.Name + ".docx", Docx(t.Text))).ToList()),
            };
            if (File.Exists(FontPath))
            {
                var font = File.ReadAllBytes(FontPath);
                sets.Add(("pdf", texts.Select(t => Write(dir, t.Name + ".pdf", Pdf(t.Text, font))).ToList()));
            }
            else log.WriteLine($"{FontPath} missing (apt package fonts-dejavu-core): PDF not measured");

            var registry = DecoderRegistry.Default;
            var pipeline = new ExtractionPipeline(registry);
            var results = new List<FormatResult>();
            foreach (var (format, files) in sets)
            {
                var textBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(registry.DecodeFile(f)));
                var fileBytes = files.Sum(f => new FileInfo(f).Length);
                Action decodeAll = () => { foreach (var f in files) registry.DecodeFile(f); };
                Action extractAll = () => { foreach (var f in files) pipeline.ExtractFile(f); };
                // Warm-up long enough for tiered JIT to reach optimised code in the format's own paths.
                for (var w = 0; w < 3; w++) { decodeAll(); extractAll(); }
                var (decode, full) = Medians(rounds, decodeAll, extractAll);
                log.WriteLine($"{format}: {files.Count} files, {fileBytes / 1e6:0.00} MB files, {textBytes / 1e6:0.00} MB text; decode {decode:0.000} s, full {full:0.000} s");
                results.Add(new FormatResult(format, files.Count, fileBytes, textBytes, decode, full));
            }
            return results;
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>Median times of the two actions, run alternately in each round so that noise hits both alike.</summary>
    private static (double First, double Second) Medians(int rounds, Action first, Action second)
    {
        var a = new List<double>();
        var b = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            a.Add(Time(first));
            b.Add(Time(second));
        }
        a.Sort();
        b.Sort();
        return (a[a.Count / 2], b[b.Count / 2]);
    }

    private static double Time(Action work)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        work();
        return sw.Elapsed.TotalSeconds;
    }

    private static string Write(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Docx(string text)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Split('\n')
                .Select(l => new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return ms.ToArray();
    }

    private static byte[] Pdf(string text, byte[] font)
    {
        var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(font);
        var lines = text.Split('\n').SelectMany(Wrap).ToList();
        for (var start = 0; start < Math.Max(1, lines.Count); start += LinesPerPage)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800.0;
            foreach (var line in lines.Skip(start).Take(LinesPerPage))
            {
                if (line.Length > 0) AddText(page, line, new PdfPoint(30, y), added);
                y -= 12.5;
            }
        }
        return builder.Build();
    }

    /// <summary>Writes the line; when the font lacks a character, writes it without the characters it lacks.</summary>
    private static void AddText(PdfPageBuilder page, string line, PdfPoint at, PdfDocumentBuilder.AddedFont font)
    {
        try { page.AddText(line, 8, at, font); }
        catch (InvalidOperationException)
        {
            var kept = new StringBuilder();
            foreach (var c in line)
            {
                try { page.MeasureText(c.ToString(), 8, at, font); kept.Append(c); }
                catch (InvalidOperationException) { /* not in DejaVu Sans */ }
            }
            if (kept.Length > 0) page.AddText(kept.ToString(), 8, at, font);
        }
    }

    /// <summary>Hard-wraps a paragraph as a PDF producer would; control characters are dropped.</summary>
    private static IEnumerable<string> Wrap(string paragraph)
    {
        var clean = new string(paragraph.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray()).Trim();
        if (clean.Length == 0) { yield return ""; yield break; }
        var line = new StringBuilder();
        foreach (var word in clean.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharsPerLine) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}

public sealed record FormatResult(string Format, int Documents, long FileBytes, long TextBytes, double DecodeSeconds, double FullSeconds);
