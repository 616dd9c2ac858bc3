using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Matching;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Ml.Evaluation;

/// <summary>Scores rules, model and their combination on the test split of the committed data.</summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(DataSet data, ModelStore models)
    {
        var rel = data.Relations.Where(r => data.IsTest(r.Doc) && RelationModel.Classes.Contains(r.Label)).ToList();
        var gold = rel.Select(r => r.Label!).ToList();
        var rules = rel.Select(r => r.RuleType).ToList();
        var predicted = rel.Select(r => models.Relations.Predict(RelationInput.From(r))).ToList();
        var combiner = new RelationCombiner(models.Settings.RelationThreshold);
        var combined = rel.Select((r, i) => combiner.Combine(r.RuleType, r.RuleConfidence, predicted[i].Type, predicted[i].Probability).Type).ToList();
        var relations = new RelationScores(
            MulticlassScore.Of(gold, rules),
            MulticlassScore.Of(gold, predicted.Select(p => p.Type).ToList()),
            MulticlassScore.Of(gold, combined));

        var tasks = data.Tasks.Where(t => data.IsTest(t.Doc) && t.Label is not null).ToList();
        var taskGold = tasks.Select(t => t.Label!).ToList();
        var taskPred = tasks.Select(t => models.Domains.Predict(t.Text).Domain).ToList();
        var domainScore = MulticlassScore.Of(taskGold, taskPred);
        var domains = new DomainScores(domainScore.MacroF1, domainScore.PerClass, MulticlassScore.Confusion(TaskDomains.All, taskGold, taskPred));

        var pairs = data.Pairs.Where(p => data.IsTest(p.Doc) && p.Label is not null)
            .Select(p => (models.Matching.Score(MatchInput.Of(p)), p.Label == true));
        var (precision, recall) = MatchingThreshold.PrecisionRecall(pairs, models.Settings.MatchingThreshold);
        return new EvaluationReport(relations, domains, new MatchingScores(Math.Round(precision, 4), Math.Round(recall, 4)));
    }
}
