using System.Text;

namespace KnowledgeGraph.Corpus;

/// <summary>The document as blocks before line breaking: paragraphs (wrapped like scraped text) and raw lines (kept).</summary>
public sealed class Blocks
{
    internal readonly List<(string Text, bool Wrap)> Items = [];
    public int Length { get; private set; }

    public void Para(string text) => Add(text, true);
    public void Raw(string text) => Add(text, false);
    public void Heading(string text) => Add($"**{text}**", true);

    private void Add(string text, bool wrap)
    {
        Items.Add((text, wrap));
        Length += text.Length + 2;
    }
}

/// <summary>
/// What the scraped corpus does to text: paragraphs broken mid-sentence at a column that varies by document
/// (some documents keep one paragraph a line, as the veterans collection does), blank lines between paragraphs.
/// Breaks fall only on spaces, so a code is never split (the real corpus splits a few: the extractor's own tests
/// cover that; here it would only blur the accuracy figure).
/// </summary>
public static class TextNoise
{
    public static string Render(Blocks blocks, Random rng)
    {
        int? width = rng.NextDouble() < 0.8 ? 55 + rng.Next(30) : null;
        var sb = new StringBuilder(blocks.Length + 256);
        foreach (var (text, wrap) in blocks.Items)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            if (!wrap || width is null) { sb.Append(text); continue; }
            var column = 0;
            foreach (var word in text.Split(' '))
            {
                if (column > 0 && column + 1 + word.Length > width) { sb.Append('\n'); column = 0; }
                else if (column > 0) { sb.Append(' '); column++; }
                sb.Append(word);
                column += word.Length;
            }
        }
        return sb.Append('\n').ToString();
    }
}
