using Xunit;
using System.Text.Json;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Evaluation;
using KnowledgeGraph.Ml.Training;

namespace KnowledgeGraph.Tests.Ml;

/// <summary>Training is reproducible: the same data and seed give the same metrics and choices as the committed models.</summary>
public sealed class MlDeterminismTests
{
    [Fact]
    public void Training_again_with_the_same_seed_reproduces_the_committed_models_metrics()
    {
        var fresh = Trainer.Train(DataSet.Embedded, seed: ModelStore.Embedded.Settings.Seed);
        var committed = Evaluator.Evaluate(DataSet.Embedded, ModelStore.Embedded);
        Assert.Equal(JsonSerializer.Serialize(committed), JsonSerializer.Serialize(fresh.Report));
        Assert.Equal(ModelStore.Embedded.Settings.RelationThreshold, fresh.Models.Settings.RelationThreshold);
        Assert.Equal(ModelStore.Embedded.Settings.MatchingThreshold, fresh.Models.Settings.MatchingThreshold);
        Assert.Equal(ModelStore.Embedded.Settings.UseRelationModel, fresh.Models.Settings.UseRelationModel);
    }
}
