using KnowledgeGraph.Ingest.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace KnowledgeGraph.Ml.Relations;

/// <summary>
/// Phân loại quan hệ (relation-type classifier): text features of the cue window and the context, plus the rules'
/// own answer and confidence as features, into a multiclass maximum-entropy model (L-BFGS, one thread: deterministic).
/// Only the contract's relation types are learnt; rows labelled NONE (the rules paired the wrong documents) are not.
/// </summary>
public sealed class RelationModel : TrainedModel<RelationInput, RelationOutput>
{
    public static readonly string[] Classes = Enum.GetNames<RelationType>();

    private readonly string[] _labels;

    private RelationModel(MLContext ml, ITransformer model, DataViewSchema schema) : base(ml, model, schema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        Engine.OutputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(v => v.ToString()).ToArray();
    }

    public static RelationModel Train(IEnumerable<RelationInput> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Where(r => Classes.Contains(r.Label)));
        var text = new TextFeaturizingEstimator.Options
        {
            KeepDiacritics = false, KeepPunctuations = false, KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        };
        var words = new TextFeaturizingEstimator.Options
        {
            KeepDiacritics = false, KeepPunctuations = false, KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 }, CharFeatureExtractor = null,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(RelationInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("LeftFeatures", text, nameof(RelationInput.Left)))
            .Append(ml.Transforms.Text.FeaturizeText("ContextFeatures", words, nameof(RelationInput.Context)))
            .Append(ml.Transforms.Categorical.OneHotEncoding([
                new InputOutputColumnPair("RuleOneHot", nameof(RelationInput.RuleType)),
                new InputOutputColumnPair("CitingOneHot", nameof(RelationInput.CitingType)),
                new InputOutputColumnPair("CitedOneHot", nameof(RelationInput.CitedType))]))
            .Append(ml.Transforms.Concatenate("Features", "LeftFeatures", "ContextFeatures", "RuleOneHot", "CitingOneHot", "CitedOneHot",
                nameof(RelationInput.ThirdParty), nameof(RelationInput.RuleConfidence), nameof(RelationInput.Position)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1,
                L2Regularization = 0.5f, L1Regularization = 0.05f, MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new RelationModel(ml, model, data.Schema);
    }

    public static RelationModel Load(Stream stream, int seed = 1)
    {
        var (ml, model, schema) = LoadParts(stream, seed);
        return new RelationModel(ml, model, schema);
    }

    /// <summary>The most probable contract type and its probability.</summary>
    public (string Type, double Probability) Predict(RelationInput input)
    {
        var o = Run(input);
        var best = 0;
        for (var i = 1; i < o.Score.Length; i++) if (o.Score[i] > o.Score[best]) best = i;
        return (o.PredictedLabel, o.Score.Length == 0 ? 0 : o.Score[best]);
    }

    /// <summary>Class names in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;
}
