using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.Cli;

/// <summary>Turns what a user typed (a document key, or a code with an optional year and province) into one document.</summary>
public static class DocumentResolver
{
    public static async Task<DocumentNode> ResolveAsync(IGraphStore store, string codeOrKey, int? year, string? province, CancellationToken ct)
    {
        if (await store.GetDocumentAsync(codeOrKey, ct) is { } byKey) return byKey;
        var found = await store.FindByCodeAsync(codeOrKey, year, province, ct);
        var where = (year is null ? "" : $" of {year}") + (province is null ? "" : $" in {province}");
        return found.Count switch
        {
            1 => found[0],
            0 => throw new CliException($"no document with code or key '{codeOrKey}'{where} in {store.Description}"),
            _ => throw new CliException(
                $"'{codeOrKey}'{where} matches {found.Count} documents; add --year or --province, or give one of these keys:\n" +
                string.Join("\n", found.Select(d => $"  {d.Key}  ({d.Year?.ToString() ?? "no year"}, {d.Province ?? "central"}{(d.Ingested ? "" : ", cited only")})"))),
        };
    }
}
