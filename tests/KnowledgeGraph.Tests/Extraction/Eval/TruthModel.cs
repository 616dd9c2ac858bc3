using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Ground truth for one document, written by a person reading it (Golden/**/X.truth.json). Items with
/// <c>required: false</c> are "acceptable but not expected": finding them is not a false positive, missing
/// them is not a miss. See Golden/README.md for the format.
/// </summary>
public sealed record TruthFile
{
    /// <summary>Path relative to the shared folder: "seeds/000_x.txt", "corpus/tvpl-2025/KH_...txt".</summary>
    public required string Source { get; init; }
    public required TruthDocument Document { get; init; }
    public List<TruthCitation> Citations { get; init; } = [];
    public List<TruthTitleRef> TitleReferences { get; init; } = [];
    public List<TruthNamedLaw> NamedLaws { get; init; } = [];
    public List<TruthRelation> PreambleRelations { get; init; } = [];
    /// <summary>Own relations a careless extractor would produce and that are wrong (explained in the note).</summary>
    public List<TruthRelation> ForbiddenOwnRelations { get; init; } = [];
    public List<TruthRelation> ThirdPartyRelations { get; init; } = [];
    public List<TruthTask> Tasks { get; init; } = [];
    public List<TruthTarget> Targets { get; init; } = [];
    public string? Note { get; init; }

    /// <summary>File name without extension and without ".truth": the shared file's stem.</summary>
    [JsonIgnore] public string Name { get; init; } = "";
    [JsonIgnore] public string TruthPath { get; init; } = "";

    public string? Province => Document.Issuer?.Province;
}

public sealed record TruthIssuer
{
    public required string Name { get; init; }
    public string? Province { get; init; }
    public string? Parent { get; init; }
    /// <summary>Other acceptable names (a decision signed by the Chủ tịch UBND: the UBND or its Chủ tịch).</summary>
    public List<string> Also { get; init; } = [];
}

public sealed record TruthDocument
{
    public required string Type { get; init; }
    public string? Code { get; init; }
    /// <summary>The code other documents cite this one by, when its own number was lost (DOMAIN §2).</summary>
    public string? KnownAs { get; init; }
    public TruthIssuer? Issuer { get; init; }
    public string? Date { get; init; }
    public string? Title { get; init; }
    public string? Signer { get; init; }
    public string? Note { get; init; }
}

public sealed record TruthCitation
{
    public required string Code { get; init; }
    public required string Type { get; init; }
    public string? Date { get; init; }
    public required string Issuer { get; init; }
    public string? Province { get; init; }
    public List<string> IssuerAlso { get; init; } = [];
    public bool Required { get; init; } = true;
    public string? Note { get; init; }
}

public sealed record TruthTitleRef
{
    public required string Title { get; init; }
    public string? ResolvesTo { get; init; }
    public bool Required { get; init; } = true;
    public string? Note { get; init; }
}

public sealed record TruthNamedLaw
{
    public required string Name { get; init; }
    public string? Date { get; init; }
    public bool Required { get; init; } = true;
    public string? Note { get; init; }
}

/// <summary>
/// A relation. Preamble (own) relations have no <see cref="From"/>. The target is a code (<see cref="To"/>), a
/// title node (<see cref="ToTitle"/>), or both (either is right).
/// </summary>
public sealed record TruthRelation
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? ToTitle { get; init; }
    public string? Type { get; init; }
    /// <summary>Other types that are equally right where the text allows two readings (REPEALS / REPLACES).</summary>
    public List<string> AlsoTypes { get; init; } = [];
    public bool Required { get; init; } = true;
    public string? Cue { get; init; }
    public string? Note { get; init; }

    public string Describe() =>
        $"{(From is null ? "(self)" : From)} -{Type ?? "*"}-> {To ?? ""}{(ToTitle is null ? "" : (To is null ? "" : " / ") + "\"" + ToTitle + "\"")}";
}

public sealed record TruthDeadline
{
    public string? Text { get; init; }
    public string? Date { get; init; }
    public string? Recurrence { get; init; }
    public string? MonthDay { get; init; }
    public int? RelativeDays { get; init; }
}

public sealed record TruthTask
{
    public string? Section { get; init; }
    public string? Kind { get; init; }
    public List<string> Lead { get; init; } = [];
    public List<string> Support { get; init; } = [];
    public TruthDeadline? Deadline { get; init; }
    public bool Required { get; init; } = true;
    public string? Note { get; init; }
}

public sealed record TruthTarget
{
    public required string Text { get; init; }
    public required double Value { get; init; }
    public required string Unit { get; init; }
    public bool Required { get; init; } = true;
}

public static class TruthFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static string SeedsFolder => Path.Combine(EvalPaths.GoldenRoot, "seeds");
    public static string CorpusFolder => Path.Combine(EvalPaths.GoldenRoot, "corpus");

    public static IReadOnlyList<TruthFile> Seeds => LoadFolder(SeedsFolder);
    public static IReadOnlyList<TruthFile> Corpus => LoadFolder(CorpusFolder);

    public static IReadOnlyList<TruthFile> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Truth folder '{folder}' does not exist.");
        return Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal).Select(Load).ToList();
    }

    public static TruthFile Load(string path)
    {
        TruthFile? truth;
        try
        {
            truth = JsonSerializer.Deserialize<TruthFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Truth file '{path}' is not valid: {e.Message}", e);
        }
        if (truth is null) throw new InvalidDataException($"Truth file '{path}' is empty (JSON null).");
        var name = Path.GetFileName(path);
        return truth with { Name = name[..^".truth.json".Length], TruthPath = path };
    }

    public static TruthFile ByName(IEnumerable<TruthFile> files, string name) =>
        files.SingleOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"No truth file named '{name}'.", nameof(name));
}
