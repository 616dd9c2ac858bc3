using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ml.Relations;

/// <summary>
/// Ngữ cảnh trích dẫn (citation context): the sentence of a relation with the cited document marked ⟦…⟧ and, for a
/// relation between third parties, the governing citation marked ⟪…⟫, plus what the rules decided. The same builder
/// makes the labelled rows and the model's input at extraction time, so training and use see the same features.
/// </summary>
public sealed record RelationContext
{
    public const string CitedOpen = "⟦", CitedClose = "⟧", FromOpen = "⟪", FromClose = "⟫";
    /// <summary>Characters kept before and after the cited mark: the cue sits before it, the subject after.</summary>
    public const int Before = 320, After = 160;

    public required string Context { get; init; }
    /// <summary>Up to 160 characters before the cited mark: where the cue phrase sits.</summary>
    public required string Left { get; init; }
    public required bool ThirdParty { get; init; }
    public required string RuleType { get; init; }
    public required double RuleConfidence { get; init; }
    public required string CitingType { get; init; }
    public required string CitedType { get; init; }
    /// <summary>Position of the relation in the document, 0..1 (the preamble comes first).</summary>
    public required double Position { get; init; }

    public static RelationContext Build(DocumentRecord doc, RelationRecord rel)
    {
        var text = doc.Text;
        var byKey = doc.Citations.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var third = rel.From != doc.Key;
        var ev = rel.Evidence;
        var to = byKey.GetValueOrDefault(rel.To);
        var toSpan = SpanIn(to, ev.Start, ev.End, preferEnd: true);
        var fromSpan = third ? SpanIn(byKey.GetValueOrDefault(rel.From), ev.Start, ev.End, preferEnd: false) : null;
        if (fromSpan is { } f && toSpan is { } t && f[0] < t[1] && t[0] < f[1]) fromSpan = null; // overlapping marks: keep the cited one
        var (s, e) = text.Length == 0 ? (0, 0) : TextSpans.SentenceAt(text, Math.Clamp(ev.Start, 0, text.Length), Math.Clamp(ev.End, 0, text.Length));
        s = Math.Min(s, Math.Max(0, ev.Start));
        e = Math.Max(e, Math.Min(text.Length, ev.End));
        var marks = new List<(int At, string Mark, int Order)>();
        if (toSpan is { } ts) { marks.Add((ts[0], CitedOpen, 1)); marks.Add((ts[1], CitedClose, 0)); }
        if (fromSpan is { } fs) { marks.Add((fs[0], FromOpen, 1)); marks.Add((fs[1], FromClose, 0)); }
        foreach (var m in marks) { s = Math.Min(s, m.At); e = Math.Max(e, m.At); }
        var sb = new System.Text.StringBuilder();
        var pos = s;
        foreach (var m in marks.OrderBy(m => m.At).ThenBy(m => m.Order))
        {
            sb.Append(text, pos, m.At - pos).Append(m.Mark);
            pos = m.At;
        }
        sb.Append(text, pos, e - pos);
        var context = Cap(sb.ToString().Replace('\n', ' '));
        var cut = context.IndexOf(CitedOpen, StringComparison.Ordinal);
        var left = cut < 0 ? context : context[..cut];
        if (left.Length > 160) left = left[^160..];
        return new RelationContext
        {
            Context = context, Left = left, ThirdParty = third,
            RuleType = rel.Type.ToString(), RuleConfidence = rel.Confidence,
            CitingType = third ? (byKey.GetValueOrDefault(rel.From)?.Type ?? DocType.Khac).ToString() : doc.Type.ToString(),
            CitedType = (to?.Type ?? DocType.Khac).ToString(),
            Position = text.Length == 0 ? 0 : Math.Round((double)Math.Clamp(ev.Start, 0, text.Length) / text.Length, 3),
        };
    }

    /// <summary>The mention of <paramref name="c"/> inside [start, end]: the last one (cited) or the first (governor).</summary>
    private static int[]? SpanIn(CitationRecord? c, int start, int end, bool preferEnd)
    {
        if (c is null) return null;
        var inside = c.Spans.Where(sp => sp.Length == 2 && sp[0] < end + 1 && sp[1] > start - 1 && sp[0] <= sp[1]).ToList();
        if (inside.Count == 0) return null;
        var span = preferEnd ? inside.MaxBy(sp => sp[0])! : inside.MinBy(sp => sp[0])!;
        // The mention runs from its type word to its date and issuer; the mark covers that much.
        return [Math.Max(span[0], 0), span[1]];
    }

    /// <summary>
    /// Keeps <see cref="Before"/> characters before the cited mark and <see cref="After"/> from it (the middle of the
    /// text when there is no mark). Idempotent, so a stored (already capped) row and a live context cap the same way;
    /// it also bounds the cost of a 100,000-character sentence.
    /// </summary>
    public static string Cap(string context)
    {
        var at = context.IndexOf(CitedOpen, StringComparison.Ordinal);
        if (at < 0) at = context.Length / 2;
        var start = Math.Max(0, at - Before);
        var end = Math.Min(context.Length, at + After);
        return context[start..end];
    }
}
