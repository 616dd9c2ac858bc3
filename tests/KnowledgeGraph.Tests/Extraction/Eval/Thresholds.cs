using System.Text.Json;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>thresholds.json: the level each corpus-sample metric must keep, as data beside the tests.</summary>
public sealed record Thresholds(double Margin, bool Provisional, IReadOnlyDictionary<string, double> Levels)
{
    public static string FilePath => Path.Combine(EvalPaths.EvalFolder, "thresholds.json");

    public static Thresholds Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FilePath));
        var root = json.RootElement;
        var levels = root.GetProperty("levels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new Thresholds(root.GetProperty("margin").GetDouble(),
            root.TryGetProperty("provisional", out var p) && p.GetBoolean(), levels);
    }
}
