using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>
/// Renders Word's automatic list numbers ("I.", "1.", "a)", "1.2.") as text, in document order.
/// Word does not store them in the text: without this, the section markers the extractor relies on
/// (DOMAIN.md §5: I./II., 1./2., a)/b)) vanish from numbered lists. Bullets become "-".
/// Counters are kept per list instance (numId), as Word does for lists without overrides.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly Numbering? _numbering;
    private readonly Styles? _styles;
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        _numbering = main.NumberingDefinitionsPart?.Numbering;
        _styles = main.StyleDefinitionsPart?.Styles;
    }

    /// <summary>The list label of <paramref name="p"/> followed by a space, or "" when it is not in a list.</summary>
    public string Label(Paragraph p)
    {
        if (_numbering is null) return "";
        var (numId, ilvl) = NumberingOf(p);
        if (numId is not { } id || id == 0) return "";
        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abs = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (abs is null) return "";
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var level = ilvl ?? LevelForStyle(abs, styleId) ?? 0;
        level = Math.Clamp(level, 0, Levels - 1);

        var counters = _counters.TryGetValue(id, out var c) ? c : _counters[id] = new int?[Levels];
        counters[level] = counters[level] is { } n ? n + 1 : StartOf(instance!, abs, level);
        for (var deeper = level + 1; deeper < Levels; deeper++) counters[deeper] = null;

        var lvl = LevelOf(abs, level);
        var format = lvl?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet) return "- ";
        if (format == NumberFormatValues.None) return "";
        var pattern = lvl?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var label = System.Text.RegularExpressions.Regex.Replace(pattern, "%([1-9])", m =>
        {
            var k = m.Groups[1].Value[0] - '1';
            var value = counters[k] ?? StartOf(instance!, abs, k);
            var f = k == level ? format : LevelOf(abs, k)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            return Format(value, f);
        });
        return label.Length == 0 ? "" : label + " ";
    }

    private (int? NumId, int? Level) NumberingOf(Paragraph p)
    {
        var direct = p.ParagraphProperties?.NumberingProperties;
        if (direct?.NumberingId?.Val?.Value is { } id) return (id, direct.NumberingLevelReference?.Val?.Value);
        // Numbering inherited from the paragraph style (and the styles it is based on), e.g. numbered headings.
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var hops = 0; styleId is not null && _styles is not null && hops < 10; hops++)
        {
            var style = _styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var np = style?.StyleParagraphProperties?.NumberingProperties;
            if (np?.NumberingId?.Val?.Value is { } sid) return (sid, np.NumberingLevelReference?.Val?.Value);
            styleId = style?.BasedOn?.Val?.Value;
        }
        return (null, null);
    }

    private static int? LevelForStyle(AbstractNum abs, string? styleId) =>
        styleId is null ? null
            : abs.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;

    private static Level? LevelOf(AbstractNum abs, int level) =>
        abs.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int StartOf(NumberingInstance instance, AbstractNum abs, int level)
    {
        var overridden = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;
        return overridden ?? LevelOf(abs, level)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static string Format(int n, NumberFormatValues f)
    {
        if (f == NumberFormatValues.LowerLetter) return Letters(n).ToLowerInvariant();
        if (f == NumberFormatValues.UpperLetter) return Letters(n);
        if (f == NumberFormatValues.LowerRoman) return Roman(n).ToLowerInvariant();
        if (f == NumberFormatValues.UpperRoman) return Roman(n);
        if (f == NumberFormatValues.DecimalZero) return n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeats).</summary>
    private static string Letters(int n)
    {
        if (n < 1) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('A' + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (n >= values[i]) { sb.Append(symbols[i]); n -= values[i]; }
        return sb.ToString();
    }
}
