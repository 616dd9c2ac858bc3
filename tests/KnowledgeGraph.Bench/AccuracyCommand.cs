using System.CommandLine;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Bench;

/// <summary><c>corpus-accuracy --docs N [--seed S] [--show K]</c>: extract generated documents in memory and compare with the truth.</summary>
public static class AccuracyCommand
{
    public static Command Build()
    {
        var docs = new Option<int>("--docs") { DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var show = new Option<int>("--show") { Description = "Print this many documents with a difference", DefaultValueFactory = _ => 5 };
        var cmd = new Command("corpus-accuracy", "Extraction accuracy against the generator's ground truth, no store") { docs, seed, show };
        cmd.SetAction(parse =>
        {
            var pipeline = new ExtractionPipeline(Decoders.All);
            var total = ExtractionAccuracy.Empty;
            var shown = 0;
            foreach (var d in new CorpusGenerator(parse.GetValue(docs), parse.GetValue(seed)).Documents())
            {
                var record = pipeline.Extract(d.Text, Path.GetFileName(d.RelativePath));
                var a = TruthComparison.Compare(d.Truth, record);
                total = total.Add(a);
                var wrong = a.KeysRight == 0 || a.Citations.FalseNegatives + a.Citations.FalsePositives + a.Implements.FalseNegatives + a.Implements.FalsePositives + a.Leads.FalseNegatives > 0;
                if (wrong && shown++ < parse.GetValue(show))
                {
                    Console.WriteLine($"-- {d.RelativePath}: key {record.Key} (expected {d.Truth.Key})");
                    Console.WriteLine($"   expected citations: {string.Join(", ", d.Truth.Citations.Select(c => c.Key + ":" + c.Relation))}");
                    Console.WriteLine($"   found citations:    {string.Join(", ", record.Citations.Select(c => c.Key))}");
                    Console.WriteLine($"   found relations:    {string.Join(", ", record.Relations.Select(r => r.From + "->" + r.To + ":" + r.Type))}");
                    Console.WriteLine($"   expected leads:     {string.Join(", ", d.Truth.Tasks.Select(t => t.Lead))}");
                    Console.WriteLine($"   found leads:        {string.Join(", ", record.Tasks.SelectMany(t => t.Lead))}");
                }
            }
            Console.WriteLine(AccuracyReport.Line(total));
            return 0;
        });
        return cmd;
    }
}

public static class AccuracyReport
{
    public static string Line(ExtractionAccuracy a) =>
        $"{a.Documents} documents: own key {a.KeyAccuracy:P1}; citations P {a.Citations.Precision:P1} R {a.Citations.Recall:P1}; " +
        $"IMPLEMENTS P {a.Implements.Precision:P1} R {a.Implements.Recall:P1}; task leads R {a.Leads.Recall:P1}";
}
