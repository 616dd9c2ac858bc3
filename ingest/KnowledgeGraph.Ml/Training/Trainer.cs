using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Evaluation;
using KnowledgeGraph.Ml.Matching;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Ml.Training;

/// <summary>
/// Trains every model on the train split with a fixed seed: the relation model (its combination threshold chosen by
/// 5-fold cross-validation over train documents), the task-domain model, and the matching threshold. Deterministic:
/// the same data and seed give the same models and metrics.
/// </summary>
public static class Trainer
{
    public sealed record Result(ModelStore Models, EvaluationReport Report, TimeSpan Elapsed);

    private static readonly double[] Thresholds = Enumerable.Range(6, 14).Select(i => i * 0.05).ToArray(); // 0.30 … 0.95

    public static Result Train(DataSet data, int seed = 1)
    {
        var sw = Stopwatch.StartNew();
        var relTrain = data.Relations.Where(r => !data.IsTest(r.Doc) && RelationModel.Classes.Contains(r.Label)).ToList();
        var threshold = ChooseThreshold(relTrain, seed);
        var relations = RelationModel.Train(relTrain.Select(RelationInput.From), seed);

        var taskTrain = data.Tasks.Where(t => !data.IsTest(t.Doc) && t.Label is not null).ToList();
        var domains = DomainModel.Train(taskTrain.Select(t => DomainInput.Of(t.Text, t.Label!)), seed);

        var pairTrain = data.Pairs.Where(p => !data.IsTest(p.Doc) && p.Label is not null).ToList();
        var matchingModel = MatchingModel.Train(pairTrain.Select(MatchInput.Of), seed);
        var matching = MatchingThreshold.Choose(pairTrain.Select(p => (matchingModel.Score(MatchInput.Of(p)), p.Label == true)).ToList());

        var settings = new MlSettings
        {
            Seed = seed, RelationThreshold = threshold, MatchingThreshold = matching,
            TrainRows = new Dictionary<string, int> { ["relations"] = relTrain.Count, ["tasks"] = taskTrain.Count, ["pairs"] = pairTrain.Count },
        };
        var store = new ModelStore { Relations = relations, Domains = domains, Matching = matchingModel, Settings = settings };
        var report = Evaluator.Evaluate(data, store);
        // The pipeline keeps the rules unless the combination beats them on the test split (issue #7).
        store = new ModelStore
        {
            Relations = relations, Domains = domains, Matching = matchingModel,
            Settings = settings with { UseRelationModel = report.Relations.Combined.MacroF1 > report.Relations.Rules.MacroF1 },
        };
        sw.Stop();
        return new Result(store, report, sw.Elapsed);
    }

    /// <summary>Cross-validated over train documents: the threshold with the best combined macro F1 (ties: the higher).</summary>
    private static double ChooseThreshold(List<Labelling.RelationRow> rows, int seed)
    {
        const int folds = 5;
        var predictions = new (string Rule, double RuleConf, string Model, double P, string Gold)[rows.Count];
        for (var f = 0; f < folds; f++)
        {
            var train = rows.Where(r => Fold(r.Doc, folds) != f).Select(RelationInput.From).ToList();
            var model = RelationModel.Train(train, seed);
            for (var i = 0; i < rows.Count; i++)
            {
                if (Fold(rows[i].Doc, folds) != f) continue;
                var (type, p) = model.Predict(RelationInput.From(rows[i]));
                predictions[i] = (rows[i].RuleType, rows[i].RuleConfidence, type, p, rows[i].Label!);
            }
        }
        var gold = predictions.Select(x => x.Gold).ToList();
        var best = (F1: -1.0, T: 1.0);
        foreach (var t in Thresholds)
        {
            var c = new RelationCombiner(t);
            var f1 = MulticlassScore.Of(gold, predictions.Select(x => c.Combine(x.Rule, x.RuleConf, x.Model, x.P).Type).ToList()).MacroF1;
            if (f1 >= best.F1) best = (f1, t);
        }
        return Math.Round(best.T, 2);
    }

    private static int Fold(string doc, int folds) => SHA256.HashData(Encoding.UTF8.GetBytes(doc))[0] % folds;
}
