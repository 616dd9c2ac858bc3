using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Evaluation;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>evaluate [--json] [--models DIR] [--data DIR]</c>: precision, recall and F1 on the test split for relation types
/// (rules alone, model alone, combined), task domains (with the confusion matrix) and matching.
/// </summary>
public sealed class EvaluateVerb : ICliVerb
{
    public Command Build()
    {
        var json = new Option<bool>("--json") { Description = "Print the evaluation JSON" };
        var models = new Option<string?>("--models") { Description = "Folder with model files (default: the models built into kg)" };
        var data = new Option<string?>("--data") { Description = "Data folder (default: the data built into kg)" };
        var cmd = new Command("evaluate", "Evaluate rules and ML models on the test split") { json, models, data };
        cmd.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            EvaluationReport report;
            try
            {
                var set = parse.GetValue(data) is { } d ? DataSet.FromFolder(d) : DataSet.Embedded;
                var store = parse.GetValue(models) is { } m ? ModelStore.FromFolder(m) : ModelStore.Embedded;
                report = Evaluator.Evaluate(set, store);
            }
            catch (IOException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            if (parse.GetValue(json))
            {
                o.WriteLine(JsonSerializer.Serialize(report, ExtractVerb.Json));
                return 0;
            }
            var r = report.Relations;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relation types, macro F1: rules {r.Rules.MacroF1:0.000}  model {r.Model.MacroF1:0.000}  combined {r.Combined.MacroF1:0.000}"));
            foreach (var (c, s) in r.Combined.PerClass)
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c,-11} rules F1 {r.Rules.PerClass[c].F1:0.000}  model F1 {r.Model.PerClass[c].F1:0.000}  combined P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000}  (n={s.Support})"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"task domains, macro F1: {report.Domains.MacroF1:0.000}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matching: precision {report.Matching.Precision:0.000}, recall {report.Matching.Recall:0.000}"));
            return 0;
        });
        return cmd;
    }
}
