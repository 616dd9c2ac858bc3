using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Ml.Labelling;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>ml-candidates SHARED --out DIR</c>: unlabelled rows (relations, tasks, matching pairs) from the shared real
/// documents, for a person to label (ingest/KnowledgeGraph.Ml/Data/README.md says how).
/// </summary>
public sealed class MlCandidatesVerb : ICliVerb
{
    public Command Build()
    {
        var shared = new Argument<string>("shared") { Description = "The shared folder holding seeds/ and corpus/" };
        var output = new Option<string>("--out") { Description = "Folder for relations/tasks/matching .candidates.jsonl", Required = true };
        var cmd = new Command("ml-candidates", "Write unlabelled rows for the ML data set") { shared, output };
        cmd.SetAction(parse =>
        {
            var dir = parse.GetValue(shared)!;
            if (!Directory.Exists(Path.Combine(dir, "seeds")) || !Directory.Exists(Path.Combine(dir, "corpus")))
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {dir}: expected seeds/ and corpus/ inside");
                return 2;
            }
            var (rels, tasks, pairs) = CandidateExport.Run(dir);
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            Write(Path.Combine(outDir, "relations.candidates.jsonl"), rels);
            Write(Path.Combine(outDir, "tasks.candidates.jsonl"), tasks);
            Write(Path.Combine(outDir, "matching.candidates.jsonl"), pairs);
            parse.InvocationConfiguration.Output.WriteLine($"{rels.Count} relation contexts, {tasks.Count} tasks, {pairs.Count} pairs → {outDir}");
            return 0;
        });
        return cmd;
    }

    private static void Write<T>(string path, IEnumerable<T> rows) =>
        File.WriteAllLines(path, rows.Select(r => JsonSerializer.Serialize(r, CandidateExport.Jsonl)));
}
