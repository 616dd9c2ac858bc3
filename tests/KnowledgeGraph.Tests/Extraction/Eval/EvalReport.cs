using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Scores every truth file once per run and renders the measured block of REPORT.md (between the
/// "measured:begin/end" markers; the rest of REPORT.md is written by hand).
/// </summary>
public static class EvalReport
{
    public const string BeginMarker = "<!-- measured:begin (written by CorpusSampleEvalTests; do not edit by hand) -->";
    public const string EndMarker = "<!-- measured:end -->";

    private static readonly Lazy<IReadOnlyList<DocumentScore>> SeedScores = new(() => ScoreAll(TruthFiles.Seeds));
    private static readonly Lazy<IReadOnlyList<DocumentScore>> CorpusScores = new(() => ScoreAll(TruthFiles.Corpus));

    public static IReadOnlyList<DocumentScore> Seeds => SeedScores.Value;
    public static IReadOnlyList<DocumentScore> Corpus => CorpusScores.Value;

    public static string ReportPath => Path.Combine(EvalPaths.EvalFolder, "REPORT.md");

    private static IReadOnlyList<DocumentScore> ScoreAll(IEnumerable<TruthFile> truths) =>
        truths.Select(t =>
        {
            var path = EvalPaths.SharedFile(t.Source);
            return DocumentEvaluator.Score(t, ExtractionCache.Extract(path), path);
        }).ToList();

    public static string MeasuredBlock()
    {
        var sb = new StringBuilder();
        sb.AppendLine(BeginMarker);
        Section(sb, "Seeds (4 plans)", Seeds);
        Section(sb, $"Corpus sample ({Corpus.Count} documents)", Corpus);
        sb.AppendLine(EndMarker);
        return sb.ToString();
    }

    /// <summary>Replaces the measured block of REPORT.md, or appends one.</summary>
    public static void WriteMeasuredBlock()
    {
        var block = MeasuredBlock();
        var text = File.Exists(ReportPath) ? File.ReadAllText(ReportPath).Replace("\r\n", "\n") : "# Extraction evaluation\n\n";
        var begin = text.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        text = begin >= 0 && end > begin
            ? text[..begin] + block + text[(end + EndMarker.Length)..].TrimStart('\n')
            : text.TrimEnd('\n') + "\n\n" + block;
        File.WriteAllText(ReportPath, text.TrimEnd('\n') + "\n", new UTF8Encoding(false));
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<DocumentScore> scores)
    {
        var total = ScoreTotals.Of(scores);
        sb.AppendLine($"### {title}").AppendLine();
        sb.AppendLine("| metric | value | counts |").AppendLine("|---|---|---|");
        Row(sb, "citation precision", total.Citations.Precision, $"tp {total.Citations.Tp}, fp {total.Citations.Fp}");
        Row(sb, "citation recall", total.Citations.Recall, $"tp {total.Citations.Tp}, fn {total.Citations.Fn}");
        Row(sb, "citation date correct (among matched)", total.CitationDates.Value, total.CitationDates.ToString());
        Row(sb, "citation issuer correct (among matched)", total.CitationIssuers.Value, total.CitationIssuers.ToString());
        Row(sb, "citation type correct (among matched)", total.CitationTypes.Value, total.CitationTypes.ToString());
        sb.AppendLine($"| codes split into several records | {total.SplitCitations} | |");
        Row(sb, "own (preamble) relation precision", total.OwnRelations.Precision, $"tp {total.OwnRelations.Tp}, fp {total.OwnRelations.Fp}");
        Row(sb, "own (preamble) relation recall", total.OwnRelations.Recall, $"tp {total.OwnRelations.Tp}, fn {total.OwnRelations.Fn}");
        Row(sb, "third-party relation precision", total.ThirdPartyRelations.Precision, $"tp {total.ThirdPartyRelations.Tp}, fp {total.ThirdPartyRelations.Fp}");
        Row(sb, "third-party relation recall", total.ThirdPartyRelations.Recall, $"tp {total.ThirdPartyRelations.Tp}, fn {total.ThirdPartyRelations.Fn}");
        Row(sb, "lead-unit recall", total.LeadUnits.Value, total.LeadUnits.ToString());
        Row(sb, "deadline correct (found tasks)", total.Deadlines.Value, total.Deadlines.ToString());
        Row(sb, "target recall", total.Targets.Value, total.Targets.ToString());
        Row(sb, "title-only reference recall", total.TitleReferences.Value, total.TitleReferences.ToString());
        Row(sb, "named-law recall", total.NamedLaws.Value, total.NamedLaws.ToString());
        Row(sb, "header fields correct", total.Header.Value, total.Header.ToString());
        sb.AppendLine();
        sb.AppendLine("| document | cit P | cit R | date | issuer | own P/R | 3rd P/R | leads |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in scores)
            sb.AppendLine($"| {s.Name} | {P(s.Citations.Precision)} | {P(s.Citations.Recall)} | {s.CitationDates} | {s.CitationIssuers} | "
                          + $"{P(s.OwnRelations.Precision)}/{P(s.OwnRelations.Recall)} | {P(s.ThirdPartyRelations.Precision)}/{P(s.ThirdPartyRelations.Recall)} | {s.LeadUnits} |");
        sb.AppendLine();
        var details = scores.Where(s => Findings(s).Any()).ToList();
        if (details.Count == 0) return;
        sb.AppendLine("<details><summary>misses and false positives</summary>").AppendLine();
        foreach (var s in details)
        {
            sb.AppendLine($"**{s.Name}**").AppendLine();
            foreach (var (kind, f) in Findings(s))
                sb.AppendLine($"- {kind}: `{f.Item}`: {Escape(f.Detail)}" + (f.Passage is null ? "" : $" — «{Escape(Short(f.Passage))}»"));
            sb.AppendLine();
        }
        sb.AppendLine("</details>").AppendLine();
    }

    public static IEnumerable<(string Kind, Finding Finding)> Findings(DocumentScore s) =>
        s.MissedCitations.Select(f => ("missed citation", f))
            .Concat(s.FalseCitations.Select(f => ("false citation", f)))
            .Concat(s.WrongDates.Select(f => ("wrong date", f)))
            .Concat(s.WrongIssuers.Select(f => ("wrong issuer", f)))
            .Concat(s.WrongTypes.Select(f => ("wrong type", f)))
            .Concat(s.MissedOwnRelations.Select(f => ("missed own relation", f)))
            .Concat(s.FalseOwnRelations.Select(f => ("false own relation", f)))
            .Concat(s.MissedThirdParty.Select(f => ("missed third-party relation", f)))
            .Concat(s.FalseThirdParty.Select(f => ("false third-party relation", f)))
            .Concat(s.MissedLeadUnits.Select(f => ("missed lead unit", f)))
            .Concat(s.WrongDeadlines.Select(f => ("wrong deadline", f)))
            .Concat(s.MissedTitleReferences.Select(f => ("missed title reference", f)))
            .Concat(s.MissedNamedLaws.Select(f => ("missed named law", f)))
            .Concat(s.HeaderErrors.Select(f => ("header", f)));

    private static void Row(StringBuilder sb, string name, double value, string counts) =>
        sb.AppendLine($"| {name} | {P(value)} | {counts} |");

    private static string P(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    // Only a short phrase around the item goes into the repository (the documents themselves must not); the
    // test failure messages quote more.
    private const int QuoteLength = 110;

    private static string Short(string s)
    {
        s = s.Trim('…');
        if (s.Length <= QuoteLength) return s;
        var start = (s.Length - QuoteLength) / 2;
        return "…" + s.Substring(start, QuoteLength).Trim() + "…";
    }

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
