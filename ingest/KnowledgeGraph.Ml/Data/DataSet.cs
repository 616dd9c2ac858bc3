using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.Ml.Labelling;

namespace KnowledgeGraph.Ml.Data;

/// <summary>
/// The labelled data (Data/*.jsonl) and the fixed split by document (Data/split.json). The files are embedded in the
/// assembly so that training, evaluation and tests read the same committed rows wherever they run.
/// </summary>
public sealed class DataSet
{
    public required IReadOnlyList<RelationRow> Relations { get; init; }
    public required IReadOnlyList<TaskRow> Tasks { get; init; }
    public required IReadOnlyList<MatchRow> Pairs { get; init; }
    /// <summary>Document ids of the test split; every other document is in train.</summary>
    public required IReadOnlySet<string> TestDocs { get; init; }

    public bool IsTest(string doc) => TestDocs.Contains(doc);

    public static DataSet Embedded { get; } = Load(name => typeof(DataSet).Assembly.GetManifestResourceStream("KnowledgeGraph.Ml.Data." + name)
        ?? throw new InvalidOperationException($"embedded data file {name} is missing from {typeof(DataSet).Assembly.GetName().Name}"));

    /// <summary>Reads the data from a folder (the train verb's --data), for working on labels before they are built in.</summary>
    public static DataSet FromFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such data folder");
        return Load(name =>
        {
            var path = Path.Combine(folder, name);
            return File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"{path}: missing data file", path);
        });
    }

    private static DataSet Load(Func<string, Stream> open) => new()
    {
        Relations = ReadJsonl<RelationRow>(open("relations.jsonl"), "relations.jsonl"),
        Tasks = ReadJsonl<TaskRow>(open("tasks.jsonl"), "tasks.jsonl"),
        Pairs = ReadJsonl<MatchRow>(open("matching.jsonl"), "matching.jsonl"),
        TestDocs = ReadSplit(open("split.json")),
    };

    private static List<T> ReadJsonl<T>(Stream s, string name)
    {
        using var reader = new StreamReader(s);
        var rows = new List<T>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0) continue;
            rows.Add(JsonSerializer.Deserialize<T>(line) ?? throw new InvalidDataException($"{name}:{n}: empty row"));
        }
        return rows;
    }

    private static HashSet<string> ReadSplit(Stream s)
    {
        using var doc = JsonDocument.Parse(s);
        return doc.RootElement.GetProperty("test").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
