using KnowledgeGraph.Ingest;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace KnowledgeGraph.Ml.Domains;

/// <summary>Input of the task-domain model: the task text, folded and capped.</summary>
public sealed class DomainInput
{
    /// <summary>Characters of a task the model reads; a longer task is judged by its opening (its lead and verb).</summary>
    public const int MaxText = 300;

    public string Text { get; set; } = "";
    public string Label { get; set; } = "";

    public static DomainInput Of(string text, string label = "")
    {
        var t = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length > MaxText) t = t[..MaxText];
        return new DomainInput { Text = TextFold.Fold(t), Label = label };
    }
}

public sealed class DomainOutput
{
    [ColumnName("PredictedLabel")] public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}

/// <summary>Lĩnh vực nhiệm vụ (task-domain classifier): word and character n-grams into a maximum-entropy model.</summary>
public sealed class DomainModel : TrainedModel<DomainInput, DomainOutput>
{

    private DomainModel(MLContext ml, ITransformer model, DataViewSchema schema) : base(ml, model, schema) { }

    public static DomainModel Train(IEnumerable<DomainInput> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            KeepDiacritics = false, KeepPunctuations = false, KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(DomainInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, nameof(DomainInput.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1,
                L2Regularization = 0.2f, L1Regularization = 0.02f, MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new DomainModel(ml, pipeline.Fit(data), data.Schema);
    }

    public static DomainModel Load(Stream stream, int seed = 1)
    {
        var (ml, model, schema) = LoadParts(stream, seed);
        return new DomainModel(ml, model, schema);
    }

    public (string Domain, double Probability) Predict(string text)
    {
        var o = Run(DomainInput.Of(text));
        return (o.PredictedLabel, o.Score.Length == 0 ? 0 : o.Score.Max());
    }
}
