using System.Globalization;
using System.Text;
using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// The truth files checked against themselves and against the documents they describe, without the
/// extractor: a typo in a code or a relation to a document that is not cited would make every score wrong.
/// </summary>
public class TruthFileTests
{
    public static TheoryData<string, string> AllTruthFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var t in TruthFiles.Seeds) data.Add("seeds", t.Name);
        foreach (var t in TruthFiles.Corpus) data.Add("corpus", t.Name);
        return data;
    }

    private static TruthFile Load(string set, string name) =>
        TruthFiles.ByName(set == "seeds" ? TruthFiles.Seeds : TruthFiles.Corpus, name);

    [Theory, MemberData(nameof(AllTruthFiles))]
    public void Truth_file_is_well_formed(string set, string name)
    {
        var t = Load(set, name);
        var errors = new List<string>();

        if (!Enum.TryParse<DocType>(t.Document.Type, out _)) errors.Add($"document type '{t.Document.Type}' is not a DocType");
        CheckDate(t.Document.Date, "document date", errors);
        if (t.Document.Code is { } own) CheckCode(own, "document code", errors);
        if (!t.Source.EndsWith(name + ".txt", StringComparison.Ordinal))
            errors.Add($"source '{t.Source}' does not match the truth file name '{name}'");

        var codes = new HashSet<string>();
        foreach (var c in t.Citations)
        {
            CheckCode(c.Code, $"citation {c.Code}", errors);
            if (!codes.Add(Matching.CanonCode(c.Code))) errors.Add($"citation {c.Code} is listed twice");
            if (!Enum.TryParse<DocType>(c.Type, out _)) errors.Add($"citation {c.Code}: type '{c.Type}' is not a DocType");
            CheckDate(c.Date, $"citation {c.Code} date", errors);
            if (string.IsNullOrWhiteSpace(c.Issuer)) errors.Add($"citation {c.Code}: no issuer");
        }

        bool Cited(string? code) => code is not null && codes.Contains(Matching.CanonCode(code));
        foreach (var r in t.PreambleRelations.Concat(t.ThirdPartyRelations))
        {
            foreach (var type in r.AlsoTypes.Prepend(r.Type))
                if (!Enum.TryParse<RelationType>(type, out _)) errors.Add($"relation {r.Describe()}: type '{type}' is not a RelationType");
            if (r.To is null && r.ToTitle is null) errors.Add($"relation {r.Describe()}: no target");
            if (r.To is not null && r.ToTitle is null && !Cited(r.To)) errors.Add($"relation {r.Describe()}: target {r.To} is not a citation of this file");
        }
        foreach (var r in t.PreambleRelations.Where(r => r.From is not null))
            errors.Add($"preamble relation {r.Describe()} has a 'from': preamble relations start at the document itself");
        foreach (var r in t.ThirdPartyRelations)
            if (!Cited(r.From)) errors.Add($"third-party relation {r.Describe()}: source {r.From} is not a citation of this file");
        foreach (var task in t.Tasks)
            if (task.Lead.Count == 0 || task.Lead.Any(string.IsNullOrWhiteSpace)) errors.Add($"task {task.Section}: no lead unit");

        Assert.True(errors.Count == 0, $"{t.TruthPath}:\n  " + string.Join("\n  ", errors));
    }

    [Theory, MemberData(nameof(AllTruthFiles))]
    public void Every_truth_code_occurs_in_its_document(string set, string name)
    {
        var t = Load(set, name);
        var path = EvalPaths.SharedFile(t.Source);

        var absent = t.Citations.Where(c => !SourceText.Mentions(path, c.Code)).Select(c => c.Code).ToList();

        Assert.True(absent.Count == 0, $"{t.Source}: truth codes not found in the text: {string.Join(", ", absent)}");
    }

    [Fact]
    public void Seed_truth_covers_the_four_seeds()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(EvalPaths.SharedRoot, "seeds"), "*.txt")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(seeds, TruthFiles.Seeds.Select(t => t.Name).ToList());
    }

    [Fact]
    public void Corpus_sample_has_at_least_twelve_documents_from_both_collections_and_no_seed()
    {
        var corpus = TruthFiles.Corpus;

        Assert.True(corpus.Count >= 12, $"only {corpus.Count} corpus truth files");
        Assert.Contains(corpus, t => t.Source.StartsWith("corpus/tvpl-2025/", StringComparison.Ordinal));
        Assert.Contains(corpus, t => t.Source.StartsWith("corpus/tvpl-veterans/", StringComparison.Ordinal));
        Assert.DoesNotContain(corpus, t => t.Source.StartsWith("seeds/", StringComparison.Ordinal));
    }

    private static void CheckCode(string code, string what, List<string> errors)
    {
        if (!code.IsNormalized(NormalizationForm.FormC)) errors.Add($"{what}: not NFC");
        if (code.Contains('\u00D0')) errors.Add($"{what}: Ð (U+00D0) instead of Đ");
        if (code.Any(char.IsWhiteSpace)) errors.Add($"{what}: contains whitespace");
        if (code.Contains('\u2013') || code.Contains('\u2014')) errors.Add($"{what}: en/em dash");
        if (!char.IsDigit(code[0])) errors.Add($"{what}: does not start with its number");
    }

    private static void CheckDate(string? date, string what, List<string> errors)
    {
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors.Add($"{what} '{date}' is not YYYY-MM-DD");
    }
}
