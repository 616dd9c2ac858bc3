using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Search.Querying;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>search "QUERY" [--type T] [--issuer I] [--province P] [--year Y] [--domain D] [--offset N] [--limit N] [--data DIR] [--json]</c>:
/// full-text search over the index in DIR/index (read-only: works while another process ingests).
/// </summary>
public sealed class SearchVerb : ICliVerb
{
    public Command Build()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words (with or without diacritics), \"a phrase\", a code (806/QĐ-TTg, 27-CT/TW) or a number; \"\" with a filter lists everything it allows",
        };
        var type = new Option<string?>("--type") { Description = "Document type: KeHoach, \"Kế hoạch\" or KH, ..." };
        var issuer = new Option<string?>("--issuer") { Description = "Words of the issuer's name, e.g. \"UBND tỉnh Lạng Sơn\"" };
        var province = new Option<string?>("--province") { Description = "Province, e.g. \"Lạng Sơn\" or \"lang son\"" };
        var year = new Option<int?>("--year") { Description = "Year of issue" };
        var domain = new Option<string?>("--domain") { Description = "Documents with a task of this domain: " + string.Join(", ", KnowledgeGraph.Ml.Domains.TaskDomains.All) };
        var offset = new Option<int>("--offset") { Description = "Hits to skip", DefaultValueFactory = _ => 0 };
        var limit = new Option<int>("--limit") { Description = $"Hits to show (1-{SearchService.MaxLimit})", DefaultValueFactory = _ => 10 };
        var data = DataFolderOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var cmd = new Command("search", "Full-text search over ingested and cited documents")
            { query, type, issuer, province, year, domain, offset, limit, data, json };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var request = new SearchRequest
            {
                Query = parse.GetValue(query),
                Type = parse.GetValue(type),
                Issuer = parse.GetValue(issuer),
                Province = parse.GetValue(province),
                Year = parse.GetValue(year),
                Domain = parse.GetValue(domain),
                Offset = parse.GetValue(offset),
                Limit = parse.GetValue(limit),
            };
            try
            {
                using var index = SearchIndex.Open(SearchIndex.FolderIn(parse.GetValue(data)!), readOnly: true);
                var result = new SearchService(index).Search(request);
                if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(result, ExtractVerb.Json));
                else WriteText(output, result, request);
                return 0;
            }
            catch (SearchQueryException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 2;
            }
            catch (SearchIndexException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return cmd;
    }

    private static void WriteText(TextWriter w, SearchResult r, SearchRequest request)
    {
        foreach (var note in r.Notes) w.WriteLine($"note: {note}");
        if (r.Total == 0)
        {
            w.WriteLine("No documents found.");
            return;
        }
        var rank = request.Offset;
        foreach (var h in r.Hits)
        {
            rank++;
            w.WriteLine($"{rank,3}. {DocTypeNames.VietnameseName(h.Type)} {h.Code ?? "(no number)"}  {h.Date}  {h.Issuer}{(h.Province is null ? "" : $" ({h.Province})")}  [{h.Score:0.00}]");
            if (h.Title is not null) w.WriteLine($"     {h.Title}");
            w.WriteLine(h.Source is not null ? $"     file: {h.Source}" : $"     cited only, key {h.Key}");
            foreach (var s in h.Snippets) w.WriteLine($"     » {s}");
            if (h.CitedBy.Count > 0)
                w.WriteLine($"     cited by: {string.Join(", ", h.CitedBy.Select(c => c.Code ?? c.Source ?? c.Key))}");
        }
        w.WriteLine($"{r.Hits.Count} of {r.Total} shown (from {request.Offset + 1}).");
        Facet(w, "type", r.Facets.Type);
        Facet(w, "issuer", r.Facets.Issuer);
        Facet(w, "province", r.Facets.Province);
        Facet(w, "year", r.Facets.Year);
    }

    private static void Facet(TextWriter w, string name, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0) return;
        w.WriteLine($"  {name}: {string.Join(", ", counts.Take(8).Select(kv => $"{kv.Key} {kv.Value}"))}{(counts.Count > 8 ? ", …" : "")}");
    }
}
