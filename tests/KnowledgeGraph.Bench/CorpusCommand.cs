using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Corpus;

namespace KnowledgeGraph.Bench;

/// <summary><c>corpus --docs N [--seed S] --out DIR</c>: write a synthetic corpus and its truth.jsonl.</summary>
public static class CorpusCommand
{
    public static Command Build()
    {
        var docs = new Option<int>("--docs") { Description = "Number of documents", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Generator seed (same seed and size, same bytes)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder to write (created)", Required = true };
        var cmd = new Command("corpus", "Generate a synthetic corpus with ground truth (tests/KnowledgeGraph.Corpus)") { docs, seed, output };
        cmd.SetAction(parse =>
        {
            var n = parse.GetValue(docs);
            if (n < 1) { Console.Error.WriteLine("error: --docs must be at least 1"); return 2; }
            var sw = Stopwatch.StartNew();
            var summary = new CorpusGenerator(n, parse.GetValue(seed)).WriteTo(parse.GetValue(output)!);
            Console.WriteLine($"{summary.Documents} documents, {summary.Bytes / 1e6:0.0} MB, {summary.Characters / summary.Documents:0} characters on average, in {sw.Elapsed.TotalSeconds:0.0} s -> {summary.Folder}");
            return 0;
        });
        return cmd;
    }
}
