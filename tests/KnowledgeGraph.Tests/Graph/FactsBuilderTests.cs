using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>What a document record becomes before any store sees it.</summary>
public sealed class FactsBuilderTests
{
    [Fact]
    public void A_plan_yields_its_node_the_documents_it_cites_and_its_tasks_with_units_scoped_to_its_province()
    {
        var f = FactsBuilder.Build(PlanARecord());
        Assert.Equal(PlanA, f.Key);
        Assert.Equal(new[] { Decision806, Directive27, Resolution98, Plan163, Decision2456, Plan148LangSon }.Order(StringComparer.Ordinal),
            f.ReferencedDocuments.Select(n => n.Key));
        Assert.Equal(2, f.Tasks.Count);
        Assert.Contains(f.Units, u => u.Key == "sở tài chính|lang son");
        Assert.Contains(f.Units, u => u.Key == "ủy ban nhân dân|lang son"); // the issuer, "UBND tỉnh Lạng Sơn"
        Assert.All(f.Edges, e => Assert.Equal(PlanA, e.Source));
        // the third-party relation keeps its own ends
        Assert.Contains(f.Edges, e => e.Type == EdgeType.Implements && e.FromKey == Resolution98 && e.ToKey == Directive27);
        var lead = Assert.Single(f.Edges, e => e.Type == EdgeType.Lead && e.ToKey == "sở giáo dục và đào tạo|lang son");
        Assert.Equal("Sở GD&ĐT", lead.Props.GetString(Prop.Name));
    }

    [Fact]
    public void The_same_relation_stated_twice_is_one_edge_with_the_stronger_evidence()
    {
        var a = PlanARecord();
        var weaker = a.Relations[0] with { Confidence = 0.5, Evidence = new Evidence(0, 8, "KẾ HOẠCH") };
        var f = FactsBuilder.Build(a with { Relations = [weaker, .. a.Relations] });
        var e = Assert.Single(f.Edges, x => x.Type == EdgeType.Implements && x.ToKey == Decision806);
        Assert.Equal(0.95, e.Props.GetDouble(Prop.Confidence));
    }

    [Fact]
    public void A_self_citation_adds_no_edge()
    {
        var a = PlanARecord();
        var self = a.Citations[0] with { Key = PlanA };
        var f = FactsBuilder.Build(a with { Citations = [self] , Relations = [], SameAs = [] });
        Assert.DoesNotContain(f.Edges, e => e.ToKey == PlanA && e.FromKey == PlanA);
        Assert.Empty(f.ReferencedDocuments);
    }

    public static TheoryData<string, Func<DocumentRecord, DocumentRecord>, string> BadRecords => new()
    {
        { "empty key", d => d with { Key = "  " }, "the document has an empty key" },
        { "control character", d => d with { Key = "a\nb" }, "contains control characters" },
        { "citation key", d => d with { Citations = [d.Citations[0] with { Key = "" }] }, "citation 1 (806/QĐ-TTg) has an empty key" },
        { "span order", d => d with { Citations = [d.Citations[0] with { Spans = [[10, 5]] }] }, "span 10..5 is not a valid range" },
        { "span shape", d => d with { Citations = [d.Citations[0] with { Spans = [[1]] }] }, "a span must be [start, end]" },
        { "confidence", d => d with { Relations = [d.Relations[0] with { Confidence = 1.5 }] }, "confidence 1.5 is outside 0..1" },
        { "blank unit", d => d with { Tasks = [d.Tasks[0] with { Lead = [" "] }] }, "task 1 (lead) names an empty unit" },
        { "same-as score", d => d with { SameAs = [d.SameAs[0] with { Score = double.NaN }] }, "is not a number" },
        { "target value", d => d with { Targets = [d.Targets[0] with { Value = double.PositiveInfinity }] }, "target 1: value" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void Bad_records_are_refused_naming_the_file_and_the_problem(string why, Func<DocumentRecord, DocumentRecord> spoil, string problem)
    {
        var e = Assert.Throws<GraphInputException>(() => FactsBuilder.Build(spoil(PlanARecord())));
        Assert.True(e.Message.StartsWith("001_plan_a.txt: ") && e.Message.Contains(problem), $"{why}: {e.Message}");
    }

    [Theory]
    [InlineData("806/QĐ-TTg", "806/QD-TTG")]
    [InlineData("806/QÐ-TTg", "806/QD-TTG")] // Icelandic Eth for Đ
    [InlineData("156/KH - UBND", "156/KH-UBND")]
    [InlineData("27-ct/tw", "27-CT/TW")]
    [InlineData("60/2021/NĐ-CP", "60/2021/ND-CP")]
    public void Codes_fold_for_lookup(string code, string key) => Assert.Equal(key, LookupKeys.Code(code));

    [Theory]
    [InlineData("22/4/2025", null, 2025)]
    [InlineData("2025-04-22", null, 2025)]
    [InlineData(null, "60/2021/NĐ-CP", 2021)]
    [InlineData(null, "98/NQ-CP", null)]
    [InlineData("ngày 15 tháng 7 năm 2021", null, 2021)]
    public void The_year_comes_from_the_date_or_the_code(string? date, string? code, int? year) =>
        Assert.Equal(year, DateText.Year(date, code));
}
