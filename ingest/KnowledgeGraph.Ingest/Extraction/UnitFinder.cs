using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Finds unit names (Sở Tài chính, UBND các xã, phường, ...) in a phrase (Rules/units.json).</summary>
public sealed class UnitFinder
{
    public static UnitFinder Default { get; } = new(RuleSet.Default);

    private readonly Regex _unit;

    public UnitFinder(RuleSet rules)
    {
        // Groups are written with a capital at a paragraph start too ("Các sở, ban, ngành").
        var groupVariants = rules.Units.Groups.SelectMany(g => new[] { g, char.ToUpperInvariant(g[0]) + g[1..] }).Distinct();
        var groups = string.Join("|", groupVariants.OrderByDescending(g => g.Length).Select(Regex.Escape));
        var heads = string.Join("|", rules.Units.Heads.OrderByDescending(h => h.Length).Select(Regex.Escape));
        var syll = string.Join("|", rules.Units.NameSyllables.Distinct().Select(Regex.Escape));
        // ", " continues a name only into a part of an official name that has a comma in it ("Văn hóa, Thể thao và Du lịch").
        var comma = rules.Units.CommaContinuations is { Count: > 0 } parts
            ? $@"|, (?=(?:{string.Join("|", parts.OrderByDescending(p => p.Length).Select(Regex.Escape))})(?![\p{{L}}]))"
            : "";
        // head, then capitalised words / name syllables / "và X" / " - X" / "&"; a head never continues another name.
        var word = $@"(?!ban hành|tổ chức thực|tổ chức triển|công tác|triển khai|thực hiện|(?i:chủ trì|phối hợp|đảm bảo|bảo đảm|tham mưu|có trách nhiệm|chịu trách nhiệm)(?![\p{{L}}]))(?:[\p{{Lu}}][\p{{L}}&.]*|(?:{syll})(?![\p{{L}}]))";
        _unit = new Regex(
            $@"(?<![\p{{L}}])(?:{groups}|(?:{heads})(?![\p{{L}}])(?: các(?= ))?(?:(?: và | - | & |&| {comma})(?!(?:{heads})(?![\p{{L}}]))(?:{word})){{0,10}})",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public List<(int Start, int End, string Name)> FindAll(string text, int start = 0, int length = -1)
    {
        var result = new List<(int, int, string)>();
        var end = length < 0 ? text.Length : start + length;
        var m = _unit.Match(text, start, end - start);
        while (m.Success)
        {
            var name = m.Value.TrimEnd(' ', '.', '-', '&');
            // "và" with nothing after it, or a single head word such as "Phòng" inside prose, is not a name.
            if (name.EndsWith(" và", StringComparison.Ordinal)) name = name[..^3];
            if (name.Length >= 3 && (name.Contains(' ') || name.All(c => !char.IsLetter(c) || char.IsUpper(c))))
                result.Add((m.Index, m.Index + name.Length, name));
            m = m.NextMatch();
        }
        return result;
    }
}
