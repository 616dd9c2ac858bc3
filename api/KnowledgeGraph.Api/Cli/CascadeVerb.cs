using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>cascade CODE [--year Y] [--province P] [--up] [--depth N] [--types T,...] [--json]</c> and the store options:
/// the documents that carry a document out (or, with --up, the ones it carries out), their tasks and units.
/// </summary>
public sealed class CascadeVerb : ICliVerb
{
    public Command Build()
    {
        var code = new Argument<string>("code") { Description = "Document code (27-CT/TW) or key" };
        var year = new Option<int?>("--year") { Description = "Year of the document, when the code alone is ambiguous" };
        var province = new Option<string?>("--province") { Description = "Province of a local document (Lạng Sơn, lang son)" };
        var up = new Option<bool>("--up") { Description = "Lineage: walk up to the documents this one carries out" };
        var depth = new Option<int>("--depth") { Description = $"Steps to walk (0-{CascadeOptions.MaxAllowedDepth})", DefaultValueFactory = _ => 5 };
        var types = new Option<string[]>("--types")
        {
            Description = $"Relation types to follow (default: {string.Join(",", CascadeOptions.DefaultTypes)})",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var store = new StoreOptions();
        var cmd = new Command("cascade", "How a document cascades down to the documents and units that act on it") { code, year, province, up, depth, types, json };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            await using var graph = await store.Read(parse).OpenAsync(token);
            var root = await DocumentResolver.ResolveAsync(graph, parse.GetValue(code)!, parse.GetValue(year), parse.GetValue(province), token);
            var requested = (parse.GetValue(types) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(t => t.ToUpperInvariant()).ToList();
            var options = new CascadeOptions
            {
                Direction = parse.GetValue(up) ? CascadeDirection.Up : CascadeDirection.Down,
                MaxDepth = parse.GetValue(depth),
                RelationTypes = requested.Count > 0 ? requested : CascadeOptions.DefaultTypes,
            };
            var result = await graph.CascadeAsync(root.Key, options, token)
                ?? throw new CliException($"document {root.Key} disappeared from {graph.Description}");
            if (parse.GetValue(json)) await output.WriteLineAsync(CascadeJson.Write(result));
            else CascadeText.Write(output, result);
            return 0;
        }, ct));
        return cmd;
    }
}

/// <summary>The cascade JSON: root, nodes (with depth), edges (with evidence), tasks, units.</summary>
public static class CascadeJson
{
    public static string Write(CascadeResult r)
    {
        var codes = r.Nodes.ToDictionary(n => n.Document.Key, n => n.Document.Code);
        var doc = new JsonObject
        {
            ["root"] = Document(r.Root, 0),
            ["direction"] = r.Options.Direction == CascadeDirection.Down ? "down" : "up",
            ["maxDepth"] = r.Options.MaxDepth,
            ["nodes"] = new JsonArray([.. r.Nodes.Select(n => Document(n.Document, n.Depth))]),
            ["edges"] = new JsonArray([.. r.Edges.Select(Edge)]),
            ["tasks"] = new JsonArray([.. r.Tasks.Select(t => (JsonNode)new JsonObject
            {
                ["key"] = t.Key,
                ["document"] = t.Document,
                ["documentCode"] = codes.GetValueOrDefault(t.Document),
                ["lead"] = new JsonArray([.. t.Lead.Select(u => (JsonNode)u.Name)]),
                ["support"] = new JsonArray([.. t.Support.Select(u => (JsonNode)u.Name)]),
                ["deadline"] = t.Deadline?.Text,
                ["deadlineDate"] = t.Deadline?.Date,
                ["recurrence"] = t.Deadline?.Recurrence,
                ["section"] = t.Section,
                ["text"] = t.Text,
            })]),
            ["units"] = new JsonArray([.. r.Units.Select(u => (JsonNode)new JsonObject
            {
                ["key"] = u.Unit.Key,
                ["name"] = u.Unit.Name,
                ["province"] = u.Unit.Province,
                ["level"] = u.Unit.Level,
                ["tasks"] = new JsonArray([.. u.LeadTasks.Concat(u.SupportTasks).Distinct().Select(k => (JsonNode)k)]),
                ["leadTasks"] = new JsonArray([.. u.LeadTasks.Select(k => (JsonNode)k)]),
                ["supportTasks"] = new JsonArray([.. u.SupportTasks.Select(k => (JsonNode)k)]),
            })]),
        };
        return doc.ToJsonString(ExtractVerb.Json);
    }

    public static JsonObject Document(DocumentNode d, int depth) => new()
    {
        ["key"] = d.Key,
        ["code"] = d.Code,
        ["type"] = d.Type,
        ["title"] = d.Title,
        ["issuer"] = d.Issuer,
        ["province"] = d.Province,
        ["date"] = d.Date,
        ["ingested"] = d.Ingested,
        ["depth"] = depth,
    };

    public static JsonNode Edge(GraphEdge e) => new JsonObject
    {
        ["from"] = e.From,
        ["to"] = e.To,
        ["type"] = e.Type,
        ["score"] = e.Score,
        ["evidence"] = new JsonObject
        {
            ["source"] = e.Evidence.Source,
            ["start"] = e.Evidence.Start,
            ["end"] = e.Evidence.End,
            ["sentence"] = e.Evidence.Sentence,
            ["confidence"] = e.Evidence.Confidence,
            ["decidedBy"] = e.Evidence.DecidedBy,
        },
    };
}

/// <summary>The cascade for a person at a terminal.</summary>
public static class CascadeText
{
    public static void Write(TextWriter w, CascadeResult r)
    {
        string Name(DocumentNode d) => $"{d.Code ?? "(no number)"} {Trim(d.Title, 80)}{(d.Ingested ? "" : "  [cited only]")}";
        var docs = r.Nodes.ToDictionary(n => n.Document.Key, n => n.Document);
        string Label(string key) => docs.TryGetValue(key, out var d) ? d.Code ?? Trim(d.Title, 40) ?? key : key;

        w.WriteLine($"{(r.Options.Direction == CascadeDirection.Down ? "Cascade of" : "Lineage of")} {Name(r.Root)}");
        w.WriteLine($"  {r.Nodes.Count} documents, {r.Edges.Count} edges, {r.Tasks.Count} tasks, {r.Units.Count} units (depth ≤ {r.Options.MaxDepth})");
        var depth = r.Nodes.ToDictionary(n => n.Document.Key, n => n.Depth);
        foreach (var n in r.Nodes.Where(n => n.Depth > 0))
        {
            w.WriteLine($"  {new string(' ', 2 * (n.Depth - 1))}[{n.Depth}] {Name(n.Document)}");
            // The edges that brought it in: those linking it to a document one step closer to the root.
            var key = n.Document.Key;
            foreach (var e in r.Edges.Where(e => (e.From == key && depth[e.To] == n.Depth - 1) || (e.To == key && depth[e.From] == n.Depth - 1)))
                w.WriteLine($"  {new string(' ', 2 * n.Depth)}{Label(e.From)} {e.Type} {Label(e.To)}  — stated in {Label(e.Evidence.Source)}: “{Trim(e.Evidence.Sentence, 100)}”");
        }
        if (r.Tasks.Count > 0) w.WriteLine("Tasks:");
        foreach (var t in r.Tasks)
        {
            var support = t.Support.Count > 0 ? $"; support: {string.Join(", ", t.Support.Select(u => u.Name))}" : "";
            var deadline = t.Deadline is { } d ? $"; deadline: {d.Text}" : "";
            w.WriteLine($"  {Label(t.Document)}: lead {string.Join(", ", t.Lead.Select(u => u.Name))}{support}{deadline}");
        }
        if (r.Units.Count > 0) w.WriteLine("Units:");
        foreach (var u in r.Units)
            w.WriteLine($"  {u.Unit.Name} ({u.Unit.Province ?? "central"}): leads {u.LeadTasks.Count}, supports {u.SupportTasks.Count}");
    }

    private static string? Trim(string? s, int n) => s is null ? null : s.Length <= n ? s : s[..n] + "…";
}
