using System.Text.Json.Serialization;

namespace KnowledgeGraph.Ml.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
public sealed record ClassScore(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);

/// <summary>Macro F1 and per-class scores of a multiclass prediction.</summary>
public sealed record MulticlassScore(
    [property: JsonPropertyName("macroF1")] double MacroF1,
    [property: JsonPropertyName("perClass")] IReadOnlyDictionary<string, ClassScore> PerClass)
{
    /// <summary>
    /// Scores over the classes that occur in the gold labels (a class never seen in the test split has no recall to
    /// measure). A predicted class outside that set still costs precision to the class it should have been.
    /// </summary>
    public static MulticlassScore Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted differ in length");
        var classes = gold.Distinct().Order(StringComparer.Ordinal).ToList();
        var per = new SortedDictionary<string, ClassScore>(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i] == c;
                var p = predicted[i] == c;
                if (g && p) tp++;
                else if (p) fp++;
                else if (g) fn++;
            }
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            per[c] = new ClassScore(Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4), tp + fn);
        }
        var macro = per.Count == 0 ? 0 : per.Values.Average(s => s.F1);
        return new MulticlassScore(Math.Round(macro, 4), per);
    }

    /// <summary>Rows: gold class, columns: predicted class, in the order of <paramref name="classes"/>.</summary>
    public static int[][] Confusion(IReadOnlyList<string> classes, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var m = classes.Select(_ => new int[classes.Count]).ToArray();
        for (var i = 0; i < gold.Count; i++)
            if (index.TryGetValue(gold[i], out var g) && index.TryGetValue(predicted[i], out var p)) m[g][p]++;
        return m;
    }
}
