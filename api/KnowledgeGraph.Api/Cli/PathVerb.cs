using System.CommandLine;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>path A B [--depth N] [--json]</c> and the store options: a shortest chain of documents linking A and B, with evidence.</summary>
public sealed class PathVerb : ICliVerb
{
    public Command Build()
    {
        var from = new Argument<string>("from") { Description = "Document code or key" };
        var to = new Argument<string>("to") { Description = "Document code or key" };
        var depth = new Option<int>("--depth") { Description = $"Longest path to look for (1-{CascadeOptions.MaxAllowedDepth})", DefaultValueFactory = _ => 6 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var store = new StoreOptions();
        var cmd = new Command("path", "How two documents are linked: a shortest chain of relations, in either direction") { from, to, depth, json };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            await using var graph = await store.Read(parse).OpenAsync(token);
            var a = await DocumentResolver.ResolveAsync(graph, parse.GetValue(from)!, null, null, token);
            var b = await DocumentResolver.ResolveAsync(graph, parse.GetValue(to)!, null, null, token);
            var path = await graph.FindPathAsync(a.Key, b.Key, new PathOptions { MaxDepth = parse.GetValue(depth) }, token);
            if (parse.GetValue(json))
            {
                var doc = path is null ? new JsonObject { ["from"] = a.Key, ["to"] = b.Key, ["found"] = false } : new JsonObject
                {
                    ["from"] = a.Key,
                    ["to"] = b.Key,
                    ["found"] = true,
                    ["length"] = path.Length,
                    ["nodes"] = new JsonArray([.. path.Nodes.Select((n, i) => (JsonNode)CascadeJson.Document(n, i))]),
                    ["hops"] = new JsonArray([.. path.Hops.Select(h => (JsonNode)new JsonObject
                    {
                        ["from"] = h.From,
                        ["to"] = h.To,
                        ["edges"] = new JsonArray([.. h.Edges.Select(CascadeJson.Edge)]),
                    })]),
                };
                await output.WriteLineAsync(doc.ToJsonString(ExtractVerb.Json));
                return path is null ? 1 : 0;
            }
            if (path is null)
            {
                await output.WriteLineAsync($"No path between {a.Code ?? a.Key} and {b.Code ?? b.Key} within {parse.GetValue(depth)} steps.");
                return 1;
            }
            var names = path.Nodes.ToDictionary(n => n.Key, n => n.Code ?? n.Title ?? n.Key);
            await output.WriteLineAsync($"{names[a.Key]} → {names[b.Key]}: {path.Length} steps");
            foreach (var h in path.Hops)
            {
                await output.WriteLineAsync($"  {names[h.From]} — {names[h.To]}");
                foreach (var e in h.Edges)
                    await output.WriteLineAsync($"      {names[e.From]} {e.Type} {names[e.To]}  (stated in {names.GetValueOrDefault(e.Evidence.Source, e.Evidence.Source)}: “{e.Evidence.Sentence}”)");
            }
            return 0;
        }, ct));
        return cmd;
    }
}
