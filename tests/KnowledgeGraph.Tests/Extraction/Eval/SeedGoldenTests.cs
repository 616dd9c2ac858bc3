using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Strict expectations on the four seed plans (Golden/seeds/*.truth.json, written by reading them): one row per
/// truth item, so a failure names the seed, the item and the passage it comes from. Items marked
/// <c>required: false</c> in the truth are not rows here.
/// </summary>
public class SeedGoldenTests
{
    private static TruthFile Seed(string name) => TruthFiles.ByName(TruthFiles.Seeds, name);

    private static string PathOf(TruthFile t) => EvalPaths.SharedFile(t.Source);

    private static DocumentRecord Extracted(TruthFile t) => ExtractionCache.For(t);

    public static TheoryData<string, string> Citations() =>
        Rows(t => t.Citations.Where(c => c.Required).Select(c => c.Code));

    public static TheoryData<string, string> Headers() =>
        Rows(t => DocumentEvaluator.HeaderChecks(t, new DocumentRecord { Source = "", Key = "", Type = DocType.Khac }).Select(h => h.Field));

    public static TheoryData<string, string> PreambleRelations() =>
        Rows(t => t.PreambleRelations.Where(r => r.Required).Select(r => r.Describe()));

    public static TheoryData<string, string> ThirdPartyRelations() =>
        Rows(t => t.ThirdPartyRelations.Where(r => r.Required).Select(r => r.Describe()));

    public static TheoryData<string, string> LeadUnits() =>
        Rows(t => t.Tasks.Where(x => x.Required).SelectMany(x => x.Lead.Select(l => $"{x.Section} | {l}")).Distinct());

    public static TheoryData<string, string> TitleReferencesAndLaws() =>
        Rows(t => t.TitleReferences.Where(r => r.Required).Select(r => "title | " + r.Title)
            .Concat(t.NamedLaws.Where(l => l.Required).Select(l => "law | " + l.Name)));

    public static TheoryData<string, string> Targets() =>
        Rows(t => t.Targets.Where(x => x.Required).Select(x => x.Text));

    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var t in TruthFiles.Seeds) data.Add(t.Name);
        return data;
    }

    private static TheoryData<string, string> Rows(Func<TruthFile, IEnumerable<string>> items)
    {
        var data = new TheoryData<string, string>();
        foreach (var t in TruthFiles.Seeds)
            foreach (var item in items(t))
                data.Add(t.Name, item);
        return data;
    }

    [Theory, MemberData(nameof(Citations))]
    public void Citation_is_found_with_its_date_issuer_and_type(string seed, string code)
    {
        KnownMisses.Check(nameof(Citation_is_found_with_its_date_issuer_and_type), seed, code, () =>
        {
            var t = Seed(seed);
            var truth = t.Citations.Single(c => c.Code == code);
            var found = DocumentEvaluator.FindCitation(Extracted(t), truth);

            Assert.True(found is not null, $"{t.Source}: citation {code} not extracted.\n  source: «{SourceText.Passage(PathOf(t), code)}»");
            var problems = new List<string>();
            if (found.Date != truth.Date) problems.Add($"date {found.Date ?? "null"}, truth {truth.Date ?? "null"}");
            if (!DocumentEvaluator.IssuerOk(truth, found))
                problems.Add($"issuer \"{found.Issuer}\" / province \"{found.Province}\", truth \"{truth.Issuer}\" / \"{truth.Province}\"");
            if (found.Type.ToString() != truth.Type) problems.Add($"type {found.Type}, truth {truth.Type}");
            Assert.True(problems.Count == 0,
                $"{t.Source}: citation {code}: {string.Join("; ", problems)}\n  source: «{SourceText.Passage(PathOf(t), code)}»");
        });
    }

    [Theory, MemberData(nameof(Headers))]
    public void Header_field_is_right(string seed, string field)
    {
        KnownMisses.Check(nameof(Header_field_is_right), seed, field, () =>
        {
            var t = Seed(seed);
            var (_, ok, expected, actual) = DocumentEvaluator.HeaderChecks(t, Extracted(t)).Single(h => h.Field == field);

            Assert.True(ok, $"{t.Source}: document {field} is {actual}, truth {expected}");
        });
    }

    [Theory, MemberData(nameof(PreambleRelations))]
    public void Preamble_relation_is_found(string seed, string relation)
    {
        KnownMisses.Check(nameof(Preamble_relation_is_found), seed, relation, () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t), PathOf(t));

            var missed = score.MissedOwnRelations.FirstOrDefault(f => f.Item == relation);
            Assert.True(missed is null, $"{t.Source}: {missed}");
        });
    }

    [Theory, MemberData(nameof(ThirdPartyRelations))]
    public void Third_party_relation_is_found(string seed, string relation)
    {
        KnownMisses.Check(nameof(Third_party_relation_is_found), seed, relation, () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t), PathOf(t));

            var missed = score.MissedThirdParty.FirstOrDefault(f => f.Item == relation);
            Assert.True(missed is null, $"{t.Source}: {missed}");
        });
    }

    [Theory, MemberData(nameof(LeadUnits))]
    public void Lead_unit_is_found(string seed, string sectionAndLead)
    {
        KnownMisses.Check(nameof(Lead_unit_is_found), seed, sectionAndLead, () =>
        {
            var t = Seed(seed);
            var lead = sectionAndLead.Split(" | ", 2)[1];
            var doc = Extracted(t);

            var task = doc.Tasks.FirstOrDefault(x => x.Lead.Any(l => Matching.SameUnit(lead, l, t.Province)));

            Assert.True(task is not null,
                $"{t.Source}: lead unit \"{lead}\" ({sectionAndLead.Split(" | ")[0]}) not among the extracted leads "
                + $"[{string.Join("; ", doc.Tasks.SelectMany(x => x.Lead).Distinct())}]\n  source: «{SourceText.PassageOfPhrase(PathOf(t), lead)}»");
        });
    }

    [Theory, MemberData(nameof(TitleReferencesAndLaws))]
    public void Title_reference_or_named_law_is_found(string seed, string item)
    {
        KnownMisses.Check(nameof(Title_reference_or_named_law_is_found), seed, item, () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t));
            var name = item.Split(" | ", 2)[1];

            var missed = score.MissedTitleReferences.Concat(score.MissedNamedLaws).FirstOrDefault(f => f.Item == name);
            Assert.True(missed is null, $"{t.Source}: {missed}\n  by-title citations extracted: "
                + string.Join("; ", Extracted(t).Citations.Where(c => c.ByTitle || c.Code is null).Select(c => c.Subject ?? c.Key)));
        });
    }

    [Theory, MemberData(nameof(Targets))]
    public void Target_is_found(string seed, string text)
    {
        KnownMisses.Check(nameof(Target_is_found), seed, text, () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t));
            var truth = t.Targets.First(x => x.Text == text);

            // Targets are matched as a multiset of (value, unit): a miss of one "100 %" is reported on every such row.
            var sameValue = t.Targets.Count(x => x.Required && x.Value == truth.Value && x.Unit == truth.Unit);
            var missedOfValue = score.MissedTargets.Count(f => f.Item == $"{truth.Value} {truth.Unit}");
            Assert.True(missedOfValue == 0,
                $"{t.Source}: {missedOfValue} of {sameValue} targets of {truth.Value} {truth.Unit} not extracted (e.g. \"{text}\"); extracted: "
                + string.Join("; ", Extracted(t).Targets.Select(x => $"{x.Value} {x.Unit}")));
        });
    }

    [Theory, MemberData(nameof(SeedNames))]
    public void No_citation_that_the_reader_did_not_find(string seed)
    {
        KnownMisses.Check(nameof(No_citation_that_the_reader_did_not_find), seed, "", () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t), PathOf(t));

            Assert.True(score.FalseCitations.Count == 0,
                $"{t.Source}: {score.FalseCitations.Count} false citations:\n  " + string.Join("\n  ", score.FalseCitations));
        });
    }

    [Theory, MemberData(nameof(SeedNames))]
    public void No_false_own_relation(string seed)
    {
        KnownMisses.Check(nameof(No_false_own_relation), seed, "", () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t), PathOf(t));

            Assert.True(score.FalseOwnRelations.Count == 0,
                $"{t.Source}: {score.FalseOwnRelations.Count} false own relations:\n  " + string.Join("\n  ", score.FalseOwnRelations));
        });
    }

    [Theory, MemberData(nameof(SeedNames))]
    public void No_false_third_party_relation(string seed)
    {
        KnownMisses.Check(nameof(No_false_third_party_relation), seed, "", () =>
        {
            var t = Seed(seed);
            var score = DocumentEvaluator.Score(t, Extracted(t), PathOf(t));

            Assert.True(score.FalseThirdParty.Count == 0,
                $"{t.Source}: {score.FalseThirdParty.Count} false third-party relations:\n  " + string.Join("\n  ", score.FalseThirdParty));
        });
    }

    /// <summary>
    /// Regression snapshot of the extraction (Golden/seeds/X.expected.json), without running text
    /// (<see cref="SnapshotProjection"/>): approved extractor output, not truth. Any change shows up as a diff in
    /// X.received.json; KG_ACCEPT=1 approves it.
    /// </summary>
    [Theory, MemberData(nameof(SeedNames))]
    public void Extraction_matches_the_approved_snapshot(string seed)
    {
        KnownMisses.Check(nameof(Extraction_matches_the_approved_snapshot), seed, "", () =>
        {
            var t = Seed(seed);

            GoldenFile.Verify(SnapshotProjection.Of(Extracted(t)), Path.Combine(TruthFiles.SeedsFolder, seed));
        });
    }
}
