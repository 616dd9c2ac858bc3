using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// So sánh (side by side): two or more provinces' implementations of one central document, on
/// <see cref="CascadeAnalyst.CoverageAsync"/>: each province's implementing documents, their tasks (with units and
/// deadlines) and their chỉ tiêu (targets), a row per lĩnh vực (task domain), a column per province.
/// </summary>
/// <param name="targetDomain">
/// The domain of a target. Tasks carry the domain the task-domain model gave them at ingest; targets sit in the
/// objectives section, outside every task, so they are put in a domain by the same model over their sentence
/// (the API passes it). Null: every target goes to the row of tasks without a domain.
/// </param>
public sealed class SideBySideAnalyst(IGraphStore store, Func<TargetInfo, string?>? targetDomain = null)
{
    /// <summary>The row of tasks and targets without a domain; last.</summary>
    public const string NoDomain = "(none)";

    public async Task<SideBySideResult?> CompareAsync(string rootKey, IReadOnlyList<string> provinces, CancellationToken ct = default)
    {
        var names = provinces.Select(p => ProvinceMap.Successor(p) ?? throw new ArgumentException($"province '{p}' is not one of the 63 provinces before 2025 or the 34 after", nameof(provinces)))
            .Distinct().ToList();
        if (names.Count < 2) throw new ArgumentException("side by side needs at least two different provinces", nameof(provinces));
        var coverage = await new CascadeAnalyst(store).CoverageAsync(rootKey, null, CascadeAnalyst.DefaultDepth, ct);
        if (coverage is null) return null;
        var columns = names.Select(n => coverage.Provinces.First(p => p.Province == n)).ToList();
        var provinceOfDoc = columns.SelectMany(c => c.Evidence.Select(e => (e.Document.Key, c.Province)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Province, StringComparer.Ordinal);
        var docKeys = provinceOfDoc.Keys.ToList();
        var tasks = await store.TasksOfDocumentsAsync(docKeys, ct);
        var targets = (await store.TargetsOfDocumentsAsync(docKeys, ct))
            .Select(t => (Target: t, Domain: targetDomain?.Invoke(t) ?? NoDomain)).ToList();

        var domains = tasks.Select(t => t.Domain ?? NoDomain).Concat(targets.Select(t => t.Domain)).Distinct()
            .OrderBy(d => d == NoDomain).ThenBy(d => d, StringComparer.Ordinal);
        var rows = domains.Select(d => new SideBySideRow(d, names.Select(n => new SideBySideCell(n,
                tasks.Where(t => (t.Domain ?? NoDomain) == d && provinceOfDoc[t.Document] == n)
                    .OrderBy(t => t.Document, StringComparer.Ordinal).ThenBy(t => t.Ordinal).ToList(),
                targets.Where(t => t.Domain == d && provinceOfDoc[t.Target.Document] == n).Select(t => t.Target)
                    .OrderBy(t => t.Document, StringComparer.Ordinal).ThenBy(t => t.Ordinal).ToList())).ToList()))
            .ToList();
        return new SideBySideResult(coverage.Root, names, columns, rows);
    }
}
