using KnowledgeGraph.Graph.Facts;

namespace KnowledgeGraph.Graph.Model;

/// <summary>
/// Chỉ tiêu (a quantified target) a document sets: the value and its unit ("67", "%"), the sentence it is written
/// in, and the span of the value in the document's text (the evidence).
/// </summary>
public sealed record TargetInfo
{
    public required string Key { get; init; }
    public required string Document { get; init; }
    public int Ordinal { get; init; }
    /// <summary>The sentence that states the target, as written.</summary>
    public required string Text { get; init; }
    public double Value { get; init; }
    public required string Unit { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }

    public static TargetInfo From(PropertyBag p) => new()
    {
        Key = p.GetString(Prop.Key) ?? throw new InvalidOperationException("target node without key"),
        Document = p.GetString(Prop.Document) ?? throw new InvalidOperationException($"target {p.GetString(Prop.Key)} without its document"),
        Ordinal = p.GetInt(Prop.Ordinal) ?? 0,
        Text = p.GetString(Prop.Text) ?? "",
        Value = p.GetDouble(Prop.Value) ?? 0,
        Unit = p.GetString(Prop.Unit) ?? "",
        Start = p.GetInt(Prop.Start),
        End = p.GetInt(Prop.End),
    };
}
