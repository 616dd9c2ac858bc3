using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Finds province names (any spelling in provinces.json, with or without diacritics) in a phrase.</summary>
public sealed partial class Gazetteer
{
    public static Gazetteer Default { get; } = new(RuleSet.Default);

    private readonly List<(string Folded, string Name)> _names = [];
    private readonly Dictionary<string, ProvinceRule> _byName = new(StringComparer.Ordinal);

    public Gazetteer(RuleSet rules)
    {
        foreach (var p in rules.Provinces)
        {
            _byName[p.Name] = p;
            _names.Add((TextFold.Fold(p.Name), p.Name));
            foreach (var a in p.Aliases ?? []) _names.Add((TextFold.Fold(a), p.Name));
        }
        _names.Sort((a, b) => b.Folded.Length.CompareTo(a.Folded.Length));
    }

    public ProvinceRule? Get(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The province after "tỉnh"/"thành phố"/"TP" in the phrase; with <paramref name="bare"/>, anywhere.</summary>
    public string? Find(string phrase, bool bare = false)
    {
        var f = TextFold.Fold(phrase);
        foreach (var m in Anchors().Matches(f).Cast<Match>())
        {
            var rest = f.AsSpan(m.Index + m.Length);
            foreach (var (folded, name) in _names)
                if (rest.StartsWith(folded, StringComparison.Ordinal) && (rest.Length == folded.Length || !char.IsLetter(rest[folded.Length])))
                    return name;
        }
        if (!bare) return null;
        foreach (var (folded, name) in _names)
        {
            var i = f.IndexOf(folded, StringComparison.Ordinal);
            while (i >= 0)
            {
                var okStart = i == 0 || !char.IsLetter(f[i - 1]);
                var okEnd = i + folded.Length == f.Length || !char.IsLetter(f[i + folded.Length]);
                // A bare name in capitals or Title Case only: "hà nam" in running text is too risky folded.
                if (okStart && okEnd && char.IsUpper(phrase.Length > i ? phrase[i] : 'a')) return name;
                i = f.IndexOf(folded, i + 1, StringComparison.Ordinal);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?:tinh|thanh pho|tp\.?|t\.p\.?)\s+")]
    private static partial Regex Anchors();
}
