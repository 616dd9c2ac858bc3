using Microsoft.ML;

namespace KnowledgeGraph.Ml;

/// <summary>
/// What every model of this project shares: a fitted ML.NET pipeline with its input schema, saved to and loaded
/// from a stream, and one prediction engine (not thread-safe, so predictions are serialised by a lock).
/// </summary>
public abstract class TrainedModel<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly Lock _gate = new();

    protected TrainedModel(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        Engine = ml.Model.CreatePredictionEngine<TInput, TOutput>(model, inputSchema: schema);
    }

    /// <summary>The engine; call <see cref="Run"/> rather than this from several threads.</summary>
    protected PredictionEngine<TInput, TOutput> Engine { get; }

    public void Save(Stream stream) => _ml.Model.Save(_model, _schema, stream);

    /// <summary>A pipeline saved by <see cref="Save"/>: its context, transformer and input schema.</summary>
    protected static (MLContext Ml, ITransformer Model, DataViewSchema Schema) LoadParts(Stream stream, int seed)
    {
        var ml = new MLContext(seed);
        var model = ml.Model.Load(stream, out var schema);
        return (ml, model, schema);
    }

    protected TOutput Run(TInput input)
    {
        lock (_gate) return Engine.Predict(input);
    }
}
