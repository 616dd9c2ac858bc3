using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// Tỉnh, thành phố (provinces): the 34 after 1 July 2025 and the 63 before, from the ingest rule file provinces.json
/// (its <c>successor</c> comes from Nghị quyết 202/2025/QH15). A pre-2025 province counts for its successor.
/// </summary>
public static class ProvinceMap
{
    private static readonly IReadOnlyList<ProvinceRule> Rules = RuleSet.Default.Provinces;
    private static readonly Dictionary<string, ProvinceRule> ByFolded = Build();

    /// <summary>The 34 provinces and centrally-run cities since 1 July 2025, in rule-file order.</summary>
    public static IReadOnlyList<string> Current { get; } = Rules.Where(p => p.Successor is null).Select(p => p.Name).ToList();

    /// <summary>The province as its canonical name (any spelling or alias); null when unknown.</summary>
    public static string? Canonical(string? province) =>
        LookupKeys.Province(province) is { } k && ByFolded.TryGetValue(k, out var r) ? r.Name : null;

    /// <summary>The post-2025 province a province is or merged into ("Bắc Giang" → "Bắc Ninh"); null when unknown.</summary>
    public static string? Successor(string? province) =>
        province is null ? null : SuccessorOf.GetOrAdd(province, p => Canonical(p) is { } name ? Rules.First(r => r.Name == name).Successor ?? name : null);

    // Coverage asks once per document of a cascade (tens of thousands) for a few dozen spellings; folding each was most of its time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> SuccessorOf = new(StringComparer.Ordinal);

    /// <summary>The pre-2025 provinces merged into a current one (not including itself).</summary>
    public static IReadOnlyList<string> Predecessors(string province)
    {
        var name = Canonical(province);
        return name is null ? [] : Rules.Where(r => r.Successor == name).Select(r => r.Name).ToList();
    }

    private static Dictionary<string, ProvinceRule> Build()
    {
        var map = new Dictionary<string, ProvinceRule>(StringComparer.Ordinal);
        foreach (var r in Rules)
            foreach (var spelling in (r.Aliases ?? []).Prepend(r.Name))
                if (LookupKeys.Province(spelling) is { } k) map.TryAdd(k, r);
        return map;
    }
}
