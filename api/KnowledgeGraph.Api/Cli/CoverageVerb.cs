using System.CommandLine;
using KnowledgeGraph.Graph.Analysis;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>coverage CODE [--year Y] [--as-of DATE] [--depth N]</c>: which of the 34 provinces carry a central document out, with evidence.</summary>
public sealed class CoverageVerb : ICliVerb
{
    public Command Build()
    {
        var code = new Argument<string>("code") { Description = "Document code (57-NQ/TW) or key" };
        var year = new Option<int?>("--year") { Description = "Year of the document, when the code alone is ambiguous" };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Count only documents issued up to this date (yyyy-mm-dd)" };
        var depth = new Option<int>("--depth") { Description = "Steps to walk", DefaultValueFactory = _ => CascadeAnalyst.DefaultDepth };
        var store = new StoreOptions();
        var cmd = new Command("coverage", "Which of the 34 provinces have a document carrying a central document out, with evidence") { code, year, asOf, depth };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            await using var graph = await store.Read(parse).OpenAsync(token);
            var root = await DocumentResolver.ResolveAsync(graph, parse.GetValue(code)!, parse.GetValue(year), null, token);
            var result = await new CascadeAnalyst(graph).CoverageAsync(root.Key, parse.GetValue(asOf), parse.GetValue(depth), token)
                ?? throw new CliException($"document {root.Key} disappeared from {graph.Description}");
            await output.WriteLineAsync($"Coverage of {root.Code ?? root.Key}: {result.CoveredProvinces.Count} of {result.Provinces.Count} provinces");
            foreach (var p in result.Provinces.Where(p => p.Covered))
            {
                await output.WriteLineAsync($"  yes  {p.Province}");
                foreach (var e in p.Evidence)
                    await output.WriteLineAsync($"         {e.Document.Code ?? e.Document.Key} [{e.Document.Province}] {e.Relation} {e.Parent}: {e.Sentence}");
                if (p.Units.Count > 0) await output.WriteLineAsync($"         units: {string.Join("; ", p.Units.Select(u => u.Name))}");
            }
            await output.WriteLineAsync($"  no   {string.Join(", ", result.MissingProvinces)}");
            return 0;
        }, ct));
        return cmd;
    }
}
