using System.Text.Json;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>One 2025 succession: from a date the work of <see cref="From"/> is done by <see cref="To"/>, with its legal source.</summary>
public sealed record UnitSuccession(string From, string To, string Since, string Source, string? Note);

/// <summary>A unit as written in some province, with the succession that makes it a predecessor (null for the unit itself).</summary>
public sealed record UnitPredecessor(string Name, string Province, string Key, string? Source);

/// <summary>
/// Sổ đăng ký đơn vị (unit registry) through the 2025 reorganisation: department successions from
/// Rules/unit-successors.json and province successions from provinces.json. Names stay as written: a task given
/// to Sở Kế hoạch và Đầu tư tỉnh Bắc Giang is still stored under that name; the registry only says it is now
/// Sở Tài chính tỉnh Bắc Ninh's.
/// </summary>
public sealed class UnitRegistry
{
    public static UnitRegistry Default { get; } = Load();

    public IReadOnlyList<UnitSuccession> Successions { get; }

    private UnitRegistry(IReadOnlyList<UnitSuccession> successions)
    {
        foreach (var s in successions)
            if (string.IsNullOrWhiteSpace(s.Source)) throw new InvalidOperationException($"unit-successors.json: '{s.From}' → '{s.To}' has no source");
        Successions = successions;
    }

    /// <summary>Where a unit's work went: (name, province) after the 2025 reorganisation; the same unit when nothing changed.</summary>
    public (string Name, string? Province, IReadOnlyList<UnitSuccession> Steps) Successor(string name, string? province)
    {
        var steps = new List<UnitSuccession>();
        var current = name;
        for (var guard = 0; guard < 10; guard++)
        {
            var n = UnitKeys.NormalizeName(current, province);
            var next = Successions.FirstOrDefault(s => UnitKeys.NormalizeName(s.From, null) == n);
            if (next is null) break;
            steps.Add(next);
            current = next.To;
        }
        return (current, province is null ? null : ProvinceMap.Successor(province) ?? province, steps);
    }

    /// <summary>
    /// The unit (as of today) and every unit it took over: predecessor names in the province and in every province
    /// merged into it, each with its unit key and the source of the succession.
    /// </summary>
    public IReadOnlyList<UnitPredecessor> Lineage(string name, string province)
    {
        var target = ProvinceMap.Successor(province) ?? throw new ArgumentException($"province '{province}' is not one of the 63 provinces before 2025 or the 34 after", nameof(province));
        var names = new List<(string Name, string? Source)> { (name, null) };
        for (var i = 0; i < names.Count && names.Count < 50; i++)
        {
            var n = UnitKeys.NormalizeName(names[i].Name, null);
            foreach (var s in Successions.Where(s => UnitKeys.NormalizeName(s.To, null) == n))
                if (names.All(x => x.Name != s.From)) names.Add((s.From, s.Source));
        }
        var provinces = ProvinceMap.Predecessors(target).Prepend(target).ToList();
        return provinces.SelectMany(p => names.Select(n => new UnitPredecessor(n.Name, p, UnitKeys.Key(n.Name, p),
                p == target ? n.Source : $"{n.Source ?? ""}{(n.Source is null ? "" : "; ")}Nghị quyết 202/2025/QH15: {p} merged into {target}")))
            .GroupBy(u => u.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
    }

    /// <summary>All tasks of a unit of a province, including those given to its predecessors, by document and ordinal.</summary>
    public async Task<IReadOnlyList<UnitTask>> TasksThroughLineageAsync(IGraphStore store, string name, string province, DeadlineRange? deadlines = null, CancellationToken ct = default)
    {
        var all = new List<UnitTask>();
        foreach (var u in Lineage(name, province)) all.AddRange(await store.TasksOfUnitAsync(u.Key, deadlines, ct));
        // A task naming two units of the lineage (Sở KH&ĐT leads, Sở Tài chính supports) counts once, as lead.
        return all.GroupBy(t => t.Task.Key, StringComparer.Ordinal).Select(g => g.OrderBy(t => t.Role == "lead" ? 0 : 1).First())
            .OrderBy(t => t.Task.Document, StringComparer.Ordinal).ThenBy(t => t.Task.Ordinal).ToList();
    }

    private static UnitRegistry Load()
    {
        using var stream = typeof(UnitRegistry).Assembly.GetManifestResourceStream("KnowledgeGraph.Graph.Rules.unit-successors.json")
            ?? throw new InvalidOperationException("unit-successors.json is not embedded");
        var file = JsonSerializer.Deserialize<SuccessorsFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("unit-successors.json is empty");
        return new UnitRegistry(file.Successors);
    }

    private sealed record SuccessorsFile(List<UnitSuccession> Successors);
}
