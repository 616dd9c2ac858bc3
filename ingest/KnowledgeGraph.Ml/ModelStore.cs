using System.Text.Json;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Matching;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Ml;

/// <summary>
/// The trained models and settings: Models/relations.zip, Models/domains.zip, Models/ml-settings.json. Committed,
/// embedded in this assembly, loaded at extraction time (no training at run time); the train verb rewrites the files.
/// </summary>
public sealed class ModelStore
{
    public const string RelationsFile = "relations.zip", DomainsFile = "domains.zip", MatchingFile = "matching.zip", SettingsFile = "ml-settings.json";

    public required RelationModel Relations { get; init; }
    public required DomainModel Domains { get; init; }
    public required MatchingModel Matching { get; init; }
    public required MlSettings Settings { get; init; }

    private static readonly Lazy<ModelStore> EmbeddedStore = new(() => Load(name =>
        typeof(ModelStore).Assembly.GetManifestResourceStream("KnowledgeGraph.Ml.Models." + name)
        ?? throw new InvalidOperationException($"embedded model {name} is missing: run `kg train` and rebuild")));

    /// <summary>The committed models built into the assembly.</summary>
    public static ModelStore Embedded => EmbeddedStore.Value;

    public static ModelStore FromFolder(string folder) => Load(name =>
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"{path}: missing model file", path);
    });

    private static ModelStore Load(Func<string, Stream> open)
    {
        MlSettings settings;
        using (var s = open(SettingsFile)) settings = JsonSerializer.Deserialize<MlSettings>(s) ?? throw new InvalidDataException($"{SettingsFile}: empty");
        using var r = open(RelationsFile);
        using var d = open(DomainsFile);
        using var m = open(MatchingFile);
        return new ModelStore
        {
            Relations = RelationModel.Load(r, settings.Seed), Domains = DomainModel.Load(d, settings.Seed),
            Matching = MatchingModel.Load(m, settings.Seed), Settings = settings,
        };
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        using (var r = File.Create(Path.Combine(folder, RelationsFile))) Relations.Save(r);
        using (var d = File.Create(Path.Combine(folder, DomainsFile))) Domains.Save(d);
        using (var m = File.Create(Path.Combine(folder, MatchingFile))) Matching.Save(m);
        File.WriteAllText(Path.Combine(folder, SettingsFile), JsonSerializer.Serialize(Settings, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
