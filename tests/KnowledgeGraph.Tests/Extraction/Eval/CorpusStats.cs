using System.Text;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>One shared file and what the extractor made of it.</summary>
public sealed record ExtractedFile(string Kind, string RelativePath, DocumentRecord? Doc, Exception? Error)
{
    public string Stem => Path.GetFileNameWithoutExtension(RelativePath);
}

/// <summary>
/// The whole shared collection (corpus + seeds) run through the extractor, grouped by kind of document: the
/// file-name prefix in tvpl-2025 (CD, CT, KH, NQ, QD, TB, TT, VPCP, ...), "veterans" for tvpl-veterans,
/// "seeds" for the seeds.
/// </summary>
public static class CorpusStats
{
    private static readonly Lazy<IReadOnlyList<ExtractedFile>> All = new(ExtractAll);

    public static IReadOnlyList<ExtractedFile> Files => All.Value;

    public static string StatsPath => Path.Combine(EvalPaths.EvalFolder, "corpus-stats.md");

    public static string KindOf(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        if (parts[0] == "seeds") return "seeds";
        if (parts.Length > 1 && parts[1] == "tvpl-veterans") return "veterans";
        var name = parts[^1];
        var underscore = name.IndexOf('_');
        return underscore > 0 ? name[..underscore] : "other";
    }

    private static IReadOnlyList<ExtractedFile> ExtractAll()
    {
        var shared = EvalPaths.SharedRoot;
        var files = Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(shared, "seeds"), "*.txt"))
            .Select(f => Path.GetRelativePath(shared, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Select(rel =>
        {
            var (doc, error) = ExtractionCache.TryExtract(Path.Combine(shared, rel));
            return new ExtractedFile(KindOf(rel), rel, doc, error);
        }).ToList();
    }

    public static string Render(IReadOnlyList<ExtractedFile> files)
    {
        var types = Enum.GetValues<RelationType>();
        var sb = new StringBuilder();
        sb.AppendLine("# Corpus-wide extraction statistics").AppendLine();
        sb.AppendLine("Written by `CorpusStatsReportTests` (do not edit by hand): every file of shared/corpus and shared/seeds through "
                      + "`ExtractionPipeline.ExtractFile`, grouped by the file-name prefix. Counts only; quality is in REPORT.md.").AppendLine();
        sb.Append("| kind | docs | errors | citations | coded | by title | dated | with issuer | docs without citation | ");
        foreach (var t in types) sb.Append(t).Append(" | ");
        sb.AppendLine("tasks | docs without task | targets |");
        sb.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", 11 + types.Length))).AppendLine();
        var groups = files.GroupBy(f => f.Kind).OrderBy(g => g.Key == "seeds" ? "~1" : g.Key == "veterans" ? "~0" : g.Key, StringComparer.Ordinal);
        foreach (var g in groups) Row(sb, g.Key, g.ToList(), types);
        Row(sb, "**all**", files, types);
        sb.AppendLine();
        var failed = files.Where(f => f.Error is not null).ToList();
        if (failed.Count > 0)
        {
            sb.AppendLine("## Extraction errors").AppendLine();
            foreach (var f in failed) sb.AppendLine($"- `{f.RelativePath}`: {f.Error!.GetType().Name}: {f.Error.Message.Replace('\n', ' ')}");
            sb.AppendLine();
        }
        var empty = files.Where(f => f.Doc is { Citations.Count: 0 }).Select(f => f.Stem).ToList();
        if (empty.Count > 0)
            sb.AppendLine("## Documents without any citation").AppendLine().AppendLine(string.Join(", ", empty.Select(s => $"`{s}`"))).AppendLine();
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string kind, IReadOnlyList<ExtractedFile> files, RelationType[] types)
    {
        var docs = files.Where(f => f.Doc is not null).Select(f => f.Doc!).ToList();
        var cits = docs.SelectMany(d => d.Citations).ToList();
        sb.Append($"| {kind} | {files.Count} | {files.Count(f => f.Error is not null)} | {cits.Count} | ");
        sb.Append($"{cits.Count(c => !c.ByTitle && c.Code is not null)} | {cits.Count(c => c.ByTitle)} | {cits.Count(c => c.Date is not null)} | ");
        sb.Append($"{cits.Count(c => c.Issuer is not null)} | {docs.Count(d => d.Citations.Count == 0)} | ");
        foreach (var t in types) sb.Append(docs.Sum(d => d.Relations.Count(r => r.Type == t))).Append(" | ");
        sb.AppendLine($"{docs.Sum(d => d.Tasks.Count)} | {docs.Count(d => d.Tasks.Count == 0)} | {docs.Sum(d => d.Targets.Count)} |");
    }
}
