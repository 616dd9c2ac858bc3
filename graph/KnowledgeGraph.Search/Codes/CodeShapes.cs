using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Search.Codes;

/// <summary>
/// Recognises document codes written in user text, in any spelling (case, diacritics, spaces around the
/// hyphen). The shapes are data: <c>code-shapes.json</c>, each with examples, checked by a test.
/// </summary>
public sealed class CodeShapes
{
    private readonly Regex _any;

    private CodeShapes(ShapeFile file)
    {
        File = file;
        var alternatives = file.Shapes.Select(s => "(?:" + Expand(s.Pattern, file.Fragments) + ")");
        // Not glued to a letter, digit, slash or hyphen on either side: "15/7/2021" is a date, not "7/2021...".
        _any = new Regex(@"(?<![\p{L}\d/\-])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\d/])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static CodeShapes Default { get; } = Load();

    public ShapeFile File { get; }

    /// <summary>Every code in <paramref name="text"/>, left to right, with its span.</summary>
    public IEnumerable<(int Start, int Length, string Text)> Find(string text) =>
        _any.Matches(text).Select(m => (m.Index, m.Length, m.Value));

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> fragments) =>
        Regex.Replace(pattern, @"\{(\w+)\}", m => fragments.TryGetValue(m.Groups[1].Value, out var f)
            ? f : throw new InvalidOperationException($"code-shapes.json: unknown fragment {{{m.Groups[1].Value}}}"));

    private static CodeShapes Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("KnowledgeGraph.Search.Codes.code-shapes.json")
            ?? throw new InvalidOperationException("code-shapes.json is not embedded");
        var file = JsonSerializer.Deserialize<ShapeFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("code-shapes.json is empty");
        return new CodeShapes(file);
    }

    public sealed record ShapeFile(
        IReadOnlyDictionary<string, string> Fragments,
        IReadOnlyList<Shape> Shapes,
        IReadOnlyList<string> CounterExamples);

    public sealed record Shape(string Name, string Pattern, IReadOnlyList<Example> Examples);

    public sealed record Example(string Text, string Canonical);
}
