using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>The scorer on a hand-made record: every count below is worked out by hand.</summary>
public class DocumentEvaluatorTests
{
    private static readonly Evidence Ev = new(0, 1, "x");

    private static CitationRecord Cit(string key, string? code, string? date, string? issuer, string? province = null,
        DocType type = DocType.NghiQuyet, bool byTitle = false, string? subject = null) =>
        new() { Key = key, Code = code, Date = date, Issuer = issuer, Province = province, Type = type, ByTitle = byTitle, Subject = subject, Spans = [] };

    private static RelationRecord Rel(string from, string to, RelationType type) =>
        new() { From = from, To = to, Type = type, Confidence = 1, Evidence = Ev };

    private static TaskRecord Task(string lead, DeadlineRecord? deadline = null) =>
        new() { Lead = [lead], Support = [], Deadline = deadline, Text = lead, Evidence = Ev };

    private static readonly TruthFile Truth = new()
    {
        Name = "sample",
        Source = "seeds/none.txt",
        Document = new TruthDocument { Type = "KeHoach", Issuer = new TruthIssuer { Name = "UBND tỉnh Lạng Sơn", Province = "Lạng Sơn" }, Title = "Cải cách hành chính năm 2026" },
        Citations =
        [
            new TruthCitation { Code = "76/NQ-CP", Type = "NghiQuyet", Date = "2021-07-15", Issuer = "Chính phủ" },
            new TruthCitation { Code = "316/KH-UBND", Type = "KeHoach", Date = "2025-12-09", Issuer = "UBND tỉnh Lạng Sơn", Province = "Lạng Sơn" },
            new TruthCitation { Code = "238-KH/TU", Type = "KeHoach", Date = "2025-05-23", Issuer = "Ban Thường vụ Tỉnh ủy", Province = "Lạng Sơn" },
            new TruthCitation { Code = "57-NQ/TW", Type = "NghiQuyet", Date = "2024-12-22", Issuer = "Bộ Chính trị" },
            new TruthCitation { Code = "145/KH-UBND", Type = "KeHoach", Date = "2025-05-28", Issuer = "UBND tỉnh Lạng Sơn", Province = "Lạng Sơn" },
        ],
        NamedLaws = [new TruthNamedLaw { Name = "Luật Đầu tư" }],
        TitleReferences = [new TruthTitleRef { Title = "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", ResolvesTo = "76/NQ-CP" }],
        PreambleRelations =
        [
            new TruthRelation { To = "76/NQ-CP", Type = "IMPLEMENTS" },
            new TruthRelation { To = "316/KH-UBND", Type = "IMPLEMENTS" },
            new TruthRelation { To = "238-KH/TU", Type = "IMPLEMENTS", Required = false },
        ],
        ForbiddenOwnRelations = [new TruthRelation { To = "57-NQ/TW", Note = "what 238-KH/TU implements" }],
        ThirdPartyRelations =
        [
            new TruthRelation { From = "238-KH/TU", To = "57-NQ/TW", Type = "IMPLEMENTS" },
            new TruthRelation { From = "76/NQ-CP", ToTitle = "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", Type = "ISSUES" },
        ],
        Tasks =
        [
            new TruthTask { Lead = ["Sở Nội vụ"] },
            new TruthTask { Lead = ["Sở Tài chính"], Deadline = new TruthDeadline { MonthDay = "11-30" } },
            new TruthTask { Lead = ["Các sở, ban, ngành", "UBND các xã, phường"] },
        ],
        Targets = [new TruthTarget { Text = "100%", Value = 100, Unit = "%" }, new TruthTarget { Text = "80%", Value = 80, Unit = "%" }],
    };

    private static readonly DocumentRecord Doc = new()
    {
        Source = "none.txt",
        Key = "self",
        Type = DocType.KeHoach,
        Issuer = new IssuerRef("UBND tỉnh", "Lạng Sơn"),
        Title = "KẾ HOẠCH Cải cách hành chính năm 2026",
        Citations =
        [
            Cit("k76", "76/NQ-CP", "2021-07-15", "Chính phủ"),
            Cit("k316", "316/KH - UBND", "2025-12-09", "UBND tỉnh", "Lạng Sơn", DocType.KeHoach),
            Cit("k238", "238-KH/TU", null, "Ban Thường vụ Tỉnh ủy", "Lạng Sơn", DocType.KeHoach),   // date missed
            Cit("k57", "57-NQ/TW", "2024-12-22", "Bộ Chính trị"),
            Cit("k2456", "2456/QĐ-UBND", "2025-11-16", "UBND tỉnh", "Lạng Sơn", DocType.QuyetDinh), // not in truth
            Cit("klaw", null, null, "Quốc hội", byTitle: true, type: DocType.Luat, subject: "Luật Đầu tư"),
            Cit("klaw2", null, null, "Quốc hội", byTitle: true, type: DocType.Luat, subject: "Luật Đầu tư công"),
            Cit("kprog", null, null, "Chính phủ", byTitle: true, type: DocType.ChuongTrinh,
                subject: "Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2021-2030"),
        ],
        Relations =
        [
            Rel("self", "k76", RelationType.IMPLEMENTS),        // tp
            Rel("self", "k316", RelationType.BASED_ON),         // wrong type: fp, and the IMPLEMENTS stays missed
            Rel("self", "k238", RelationType.BASED_ON),         // optional, other basis type: neutral
            Rel("self", "k2456", RelationType.CITES),           // mentions are not scored
            Rel("self", "k57", RelationType.IMPLEMENTS),        // forbidden: fp
            Rel("self", "klaw", RelationType.BASED_ON),         // a law the truth names: neutral
            Rel("self", "klaw2", RelationType.BASED_ON),        // a law the truth does not name: fp
            Rel("k76", "kprog", RelationType.ISSUES),           // tp by title
            Rel("k316", "k76", RelationType.IMPLEMENTS),        // fp
        ],
        Tasks = [Task("Sở Nội vụ"), Task("Giao Sở Tài chính", new DeadlineRecord("trước ngày 30/11 hàng năm", null, "yearly", "11-30")), Task("Các sở, ban, ngành và UBND các xã, phường")],
        Targets = [new TargetRecord { Text = "100%", Value = 100, Unit = "%", Evidence = Ev }],
    };

    private static readonly DocumentScore Score = DocumentEvaluator.Score(Truth, Doc);

    [Fact]
    public void Citations_are_matched_by_canonical_code()
    {
        Assert.Equal(new Counts(Tp: 4, Fn: 1, Fp: 1), Score.Citations);
        Assert.Equal("145/KH-UBND", Assert.Single(Score.MissedCitations).Item);
        Assert.Equal("2456/QĐ-UBND", Assert.Single(Score.FalseCitations).Item);
        Assert.Equal(0.8, Score.Citations.Precision, 9);
        Assert.Equal(0.8, Score.Citations.Recall, 9);
    }

    [Fact]
    public void Dates_issuers_and_types_are_rated_among_matched_citations()
    {
        Assert.Equal(new Rate(3, 4), Score.CitationDates);
        Assert.Equal(new Rate(4, 4), Score.CitationIssuers);
        Assert.Equal(new Rate(4, 4), Score.CitationTypes);
        Assert.Equal("238-KH/TU", Assert.Single(Score.WrongDates).Item);
    }

    [Fact]
    public void Own_relations_count_type_errors_forbidden_targets_and_unnamed_laws_as_false_positives()
    {
        Assert.Equal(new Counts(Tp: 1, Fn: 1, Fp: 3), Score.OwnRelations);
        Assert.Contains(Score.FalseOwnRelations, f => f.Item.Contains("Luật Đầu tư công", StringComparison.Ordinal));
        Assert.Contains(Score.FalseOwnRelations, f => f.Detail.StartsWith("wrong type", StringComparison.Ordinal));
        Assert.Contains(Score.FalseOwnRelations, f => f.Detail.StartsWith("forbidden", StringComparison.Ordinal));
        Assert.Contains("316/KH-UBND", Assert.Single(Score.MissedOwnRelations).Item);
    }

    [Fact]
    public void Third_party_relations_match_title_targets()
    {
        Assert.Equal(new Counts(Tp: 1, Fn: 1, Fp: 1), Score.ThirdPartyRelations);
        Assert.Contains("238-KH/TU", Assert.Single(Score.MissedThirdParty).Item);
    }

    [Fact]
    public void Lead_units_must_be_split_and_deadlines_are_checked_on_found_ones()
    {
        Assert.Equal(new Rate(2, 4), Score.LeadUnits);
        Assert.Equal(new Rate(1, 1), Score.Deadlines);
    }

    [Fact]
    public void Targets_title_references_named_laws_and_header_are_rated()
    {
        Assert.Equal(new Rate(1, 2), Score.Targets);
        Assert.Equal(new Rate(1, 1), Score.TitleReferences);
        Assert.Equal(new Rate(1, 1), Score.NamedLaws);
        // type, code (null = null), issuer, date (null = null), title, signer (null = null): all right
        Assert.Equal(new Rate(6, 6), Score.Header);
    }

    [Fact]
    public void Totals_add_up_and_name_their_metrics()
    {
        var totals = ScoreTotals.Of([Score, Score]);

        Assert.Equal(2, totals.Documents);
        Assert.Equal(new Counts(8, 2, 2), totals.Citations);
        Assert.Equal(0.8, totals.Metrics["citation.recall"], 9);
        Assert.Equal(0.5, totals.Metrics["leadUnit.recall"]);
    }
}
