using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ml.Labelling;
using Microsoft.ML.Data;

namespace KnowledgeGraph.Ml.Relations;

/// <summary>One citation context as the relation model sees it: folded text windows plus what the rules decided.</summary>
public sealed class RelationInput
{
    /// <summary>The cue window before the cited mark, diacritics folded (so text typed without them reads the same).</summary>
    public string Left { get; set; } = "";
    /// <summary>The whole capped context, folded.</summary>
    public string Context { get; set; } = "";
    public string RuleType { get; set; } = "";
    public string CitingType { get; set; } = "";
    public string CitedType { get; set; } = "";
    public float ThirdParty { get; set; }
    public float RuleConfidence { get; set; }
    public float Position { get; set; }
    public string Label { get; set; } = "";

    public static RelationInput From(RelationContext c) => Make(c.Context, c.ThirdParty, c.RuleType, c.RuleConfidence, c.CitingType, c.CitedType, c.Position);

    public static RelationInput From(RelationRow r) =>
        Make(r.Context, r.ThirdParty, r.RuleType, r.RuleConfidence, r.CitingType, r.CitedType, r.Position, r.Label ?? "");

    private static RelationInput Make(string context, bool third, string rule, double conf, string citing, string cited, double pos, string label = "")
    {
        var capped = RelationContext.Cap(context ?? "");
        var at = capped.IndexOf(RelationContext.CitedOpen, StringComparison.Ordinal);
        var left = at < 0 ? capped : capped[..at];
        if (left.Length > 160) left = left[^160..];
        return new RelationInput
        {
            Left = TextFold.Fold(left), Context = TextFold.Fold(capped), RuleType = rule ?? "", CitingType = citing ?? "",
            CitedType = cited ?? "", ThirdParty = third ? 1 : 0, RuleConfidence = (float)conf, Position = (float)pos, Label = label,
        };
    }
}

/// <summary>The model's answer: the predicted type and the probability of every class.</summary>
public sealed class RelationOutput
{
    [ColumnName("PredictedLabel")] public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}
