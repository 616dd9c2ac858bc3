using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// A store that can say, per document, which units its tasks name (each unit once, under the spelling of its first
/// mention in task order) more cheaply than the task→unit rows: the embedded store keeps them per store version.
/// Coverage uses it when the store offers it, else reduces <see cref="IGraphStore.TaskUnitsOfDocumentsAsync"/> itself;
/// both give the same answer (CoverageIndexEquivalenceTests).
/// </summary>
public interface IDocumentUnitsReader
{
    /// <summary>For each of these documents (every key present, [] when it names none), its units in first-mention order.</summary>
    Task<IReadOnlyDictionary<string, UnitRef[]>> FirstUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);
}

/// <summary>Per-document unit lists from task→unit rows.</summary>
public static class DocumentUnits
{
    /// <summary>Each document's units, each unit key once under its first mention in (ordinal, task key, leads first, unit key) order.</summary>
    public static IReadOnlyDictionary<string, UnitRef[]> FirstMentions(IEnumerable<TaskUnit> rows) =>
        rows.GroupBy(u => u.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => FirstMentionsOfOne(g), StringComparer.Ordinal);

    /// <summary>One document's rows reduced to the first mention of each unit key.</summary>
    public static UnitRef[] FirstMentionsOfOne(IEnumerable<TaskUnit> rows) =>
        [.. rows.OrderBy(u => u.Ordinal).ThenBy(u => u.Task, StringComparer.Ordinal).ThenBy(u => !u.Lead).ThenBy(u => u.Unit.Key, StringComparer.Ordinal)
            .Select(u => u.Unit).DistinctBy(u => u.Key, StringComparer.Ordinal)];

    /// <summary>The units of all these documents read through the store's cheapest way.</summary>
    public static async Task<IReadOnlyDictionary<string, UnitRef[]>> OfDocumentsAsync(IGraphStore store, IReadOnlyCollection<string> documentKeys, CancellationToken ct) =>
        store is IDocumentUnitsReader reader
            ? await reader.FirstUnitsOfDocumentsAsync(documentKeys, ct)
            : FirstMentions(await store.TaskUnitsOfDocumentsAsync(documentKeys, ct));
}
