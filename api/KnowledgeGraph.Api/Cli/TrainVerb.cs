using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Training;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>train [--data DIR] [--out DIR] [--seed N]</c>: trains the relation and task-domain models and the matching
/// threshold on the train split (fixed seed, deterministic) and writes the model files to commit
/// (ingest/KnowledgeGraph.Ml/Models; they are built into the assembly at the next build).
/// </summary>
public sealed class TrainVerb : ICliVerb
{
    public Command Build()
    {
        var data = new Option<string?>("--data") { Description = "Folder with relations/tasks/matching .jsonl and split.json (default: the data built into kg)" };
        var output = new Option<string?>("--out") { Description = "Folder for the model files (default: ingest/KnowledgeGraph.Ml/Models of this repository)" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var cmd = new Command("train", "Train the ML models (relations, task domains, matching threshold)") { data, output, seed };
        cmd.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var err = parse.InvocationConfiguration.Error;
            DataSet set;
            try { set = parse.GetValue(data) is { } dir ? DataSet.FromFolder(dir) : DataSet.Embedded; }
            catch (IOException e) { err.WriteLine($"error: {e.Message}"); return 2; }
            var outDir = parse.GetValue(output) ?? DefaultModelsFolder();
            if (outDir is null)
            {
                err.WriteLine("error: --out not given and no KnowledgeGraph.sln above the current folder to find ingest/KnowledgeGraph.Ml/Models");
                return 2;
            }
            var result = Trainer.Train(set, parse.GetValue(seed));
            result.Models.Save(outDir);
            var r = result.Report;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained in {result.Elapsed.TotalSeconds:0.0} s → {outDir}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"relations macro F1 (test): rules {r.Relations.Rules.MacroF1:0.000}, model {r.Relations.Model.MacroF1:0.000}, combined {r.Relations.Combined.MacroF1:0.000} (threshold {result.Models.Settings.RelationThreshold:0.00}; model used in extraction: {(result.Models.Settings.UseRelationModel ? "yes" : "no, rules kept")})"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"domains macro F1 (test): {r.Domains.MacroF1:0.000}; matching (threshold {result.Models.Settings.MatchingThreshold:0.00}): precision {r.Matching.Precision:0.000}, recall {r.Matching.Recall:0.000}"));
            return 0;
        });
        return cmd;
    }

    private static string? DefaultModelsFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                return Path.Combine(dir.FullName, "ingest", "KnowledgeGraph.Ml", "Models");
        return null;
    }
}
