using Xunit;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Tests.Ml;

/// <summary>The committed labelled data: sizes the issue asks for, valid labels, marks, and a split by document.</summary>
public sealed class MlDataTests
{
    private static readonly DataSet Data = DataSet.Embedded;

    [Fact]
    public void At_least_800_citation_contexts_each_labelled_with_a_contract_type_or_NONE()
    {
        Assert.True(Data.Relations.Count >= 800, $"{Data.Relations.Count} relation rows");
        var allowed = Enum.GetNames<RelationType>().Append("NONE").ToHashSet();
        Assert.All(Data.Relations, r => Assert.Contains(r.Label!, allowed));
        Assert.All(Data.Relations, r => Assert.Contains(RelationContext.CitedOpen, r.Context));
    }

    [Fact]
    public void Third_party_relations_are_labelled_too()
    {
        var third = Data.Relations.Where(r => r.ThirdParty && r.Label != "NONE").ToList();
        Assert.True(third.Count >= 200, $"{third.Count} labelled third-party rows");
        Assert.Contains(third, r => r.Label == "IMPLEMENTS");
        Assert.Contains(third, r => r.Label == "AMENDS");
        Assert.Contains(third, r => r.Label == "GUIDES");
        Assert.Contains(third, r => r.Label == "ISSUES");
    }

    [Fact]
    public void Labels_are_judgements_not_copies_of_the_rules()
    {
        // Where every label equalled the rules' answer, comparing rules with the model would be meaningless.
        var differ = Data.Relations.Count(r => r.Label != r.RuleType);
        Assert.True(differ >= 200, $"only {differ} labels differ from the rules' type");
    }

    [Fact]
    public void At_least_400_tasks_labelled_with_a_domain()
    {
        Assert.True(Data.Tasks.Count >= 400, $"{Data.Tasks.Count} tasks");
        Assert.All(Data.Tasks, t => Assert.Contains(t.Label!, TaskDomains.All));
        Assert.True(Data.Tasks.Select(t => t.Label).Distinct().Count() >= 8, "most domains are represented");
    }

    [Fact]
    public void Matching_pairs_are_labelled_and_include_matches()
    {
        Assert.All(Data.Pairs, p => Assert.NotNull(p.Label));
        Assert.True(Data.Pairs.Count(p => p.Label == true) >= 10);
        Assert.Contains(Data.Pairs, p => p.Label == true && !p.Masked);
    }

    [Fact]
    public void The_split_is_by_document_and_every_file_has_rows_on_both_sides()
    {
        var docs = Data.Relations.Select(r => r.Doc).Concat(Data.Tasks.Select(t => t.Doc)).Concat(Data.Pairs.Select(p => p.Doc)).Distinct().ToList();
        var test = docs.Where(Data.IsTest).ToHashSet();
        var train = docs.Where(d => !Data.IsTest(d)).ToHashSet();
        Assert.Empty(test.Intersect(train));
        Assert.True(test.Count >= docs.Count / 5, $"{test.Count} of {docs.Count} documents in test");
        foreach (var side in new[] { true, false })
        {
            Assert.Contains(Data.Relations, r => Data.IsTest(r.Doc) == side);
            Assert.Contains(Data.Tasks, t => Data.IsTest(t.Doc) == side);
            Assert.Contains(Data.Pairs, p => Data.IsTest(p.Doc) == side && p.Label == true);
        }
    }

    [Fact]
    public void Stored_contexts_are_short_quotes_capped_like_live_ones()
    {
        Assert.All(Data.Relations, r => Assert.Equal(r.Context, RelationContext.Cap(r.Context)));
        Assert.All(Data.Relations, r => Assert.True(r.Context.Length <= RelationContext.Before + RelationContext.After));
        Assert.All(Data.Tasks, t => Assert.True(t.Text.Length <= DomainInput.MaxText));
    }
}
