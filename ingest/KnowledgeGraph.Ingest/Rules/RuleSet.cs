using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Rules;

/// <summary>The rule files (Rules/*.json, embedded), loaded once. Extractors read their patterns from here.</summary>
public sealed class RuleSet
{
    // Declared before Default: static initialisers run in order, and Load needs the options.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static RuleSet Default { get; } = Load();

    public required IReadOnlyList<TypeWordRule> TypeWords { get; init; }
    public required IReadOnlyDictionary<string, (string Canonical, DocType Type)> TypeAbbreviations { get; init; }
    public required IReadOnlyList<IssuerRule> Issuers { get; init; }
    public required IReadOnlyList<ProvinceRule> Provinces { get; init; }
    public required IReadOnlyList<CueRule> Cues { get; init; }
    public required ThirdPartyRules ThirdParty { get; init; }
    public required IReadOnlyList<KnownTitleRule> KnownTitles { get; init; }
    public required IReadOnlyList<LawRule> Laws { get; init; }
    public required UnitRules Units { get; init; }


    private static RuleSet Load()
    {
        var types = Read<DocTypesFile>("doc-types.json");
        var issuers = Read<IssuersFile>("issuers.json");
        var provinces = Read<ProvincesFile>("provinces.json");
        var cues = Read<CuesFile>("relation-cues.json");
        var titles = Read<TitlesFile>("known-titles.json");
        var laws = Read<LawsFile>("laws.json");
        var units = Read<UnitRules>("units.json");
        return new RuleSet
        {
            TypeWords = types.Words.OrderByDescending(w => w.Word.Length).ToList(),
            TypeAbbreviations = types.Abbreviations.ToDictionary(
                a => TextFold.FoldUpper(a.Abbr), a => (a.Abbr, a.Type), StringComparer.Ordinal),
            Issuers = issuers.Issuers.OrderByDescending(i => i.Abbr.Length).ToList(),
            Provinces = provinces.Provinces,
            Cues = cues.Cues,
            ThirdParty = cues.ThirdParty,
            KnownTitles = titles.Titles,
            Laws = laws.Laws,
            Units = units,
        };
    }

    private static T Read<T>(string name)
    {
        var asm = typeof(RuleSet).Assembly;
        var resource = asm.GetManifestResourceNames().Single(n => n.EndsWith("Rules." + name, StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Options)
               ?? throw new InvalidOperationException($"rule file {name} is empty");
    }

    private sealed record DocTypesFile(List<TypeWordRule> Words, List<AbbreviationRule> Abbreviations);
    private sealed record AbbreviationRule(string Abbr, DocType Type);
    private sealed record IssuersFile(List<IssuerRule> Issuers);
    private sealed record ProvincesFile(List<ProvinceRule> Provinces);
    private sealed record CuesFile(List<CueRule> Cues, ThirdPartyRules ThirdParty);
    private sealed record TitlesFile(List<KnownTitleRule> Titles);
    private sealed record LawsFile(List<LawRule> Laws);
}

public sealed record TypeWordRule(string Word, DocType Type);

public sealed record IssuerRule(string Abbr, string Canonical, string Name, bool Local, bool Party = false);

public sealed record ProvinceRule(string Name, bool City = false, string? Successor = null, List<string>? Aliases = null);

public sealed record CueRule(RelationType Type, string Pattern, double Confidence, List<string> Examples, List<string> CounterExamples);

public sealed record ThirdPartyRules(string Issues, string PassiveAmends);

public sealed record KnownTitleRule(string Title, string Code, string? Date, DocType Type, string Issuer);

public sealed record LawRule(string Name, List<string>? Aliases = null);

public sealed record UnitRules(List<string> Heads, List<string> NameSyllables, List<string> Groups, List<string>? CommaContinuations = null);
