namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Sentence and clause boundaries in normalised text (one paragraph a line).</summary>
public static class TextSpans
{
    private const int MaxEvidence = 700;

    /// <summary>The sentence around [start, end): from the previous sentence end to the next, capped in length.</summary>
    public static (int Start, int End) SentenceAt(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !IsSentenceEnd(text, s - 1) && start - s < MaxEvidence / 2) s--;
        var e = end;
        while (e < text.Length && !IsSentenceEnd(text, e) && e - end < MaxEvidence / 2) e++;
        if (e < text.Length && text[e] != '\n') e++;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }

    public static string SentenceText(string text, int start, int end)
    {
        var (s, e) = SentenceAt(text, start, end);
        return text[s..e];
    }

    /// <summary>A '.' ends a sentence when followed by a space and a capital or a line end; '\n' always does.</summary>
    public static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c == '\n') return true;
        if (c is '!' or '?') return true;
        if (c != '.') return false;
        if (i + 1 >= text.Length) return true;
        if (text[i + 1] == '\n') return true;
        if (text[i + 1] != ' ' || i + 2 >= text.Length) return false;
        var next = text[i + 2];
        // "TP. Hồ Chí Minh", "TM. Ủy ban": a short capitalised abbreviation before the dot is not a sentence end.
        var w = i;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        if (i - w <= 3 && i - w > 0 && char.IsUpper(text[w])) return false;
        return char.IsUpper(next) || next is '“' or '"';
    }

    /// <summary>Clause boundaries: sentence ends and ';'.</summary>
    public static bool IsClauseEnd(string text, int i) => text[i] == ';' || IsSentenceEnd(text, i);
}
