using Xunit;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Labelling;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Tests.Ml;

/// <summary>Empty, huge and diacritic-free input: a prediction or a clear refusal, never a crash.</summary>
public sealed class MlBadInputTests
{
    private static readonly ModelStore Models = ModelStore.Embedded;

    private static RelationRow Row(string context, string rule = "BASED_ON") => new()
    {
        Id = "t", Doc = "t", From = "a", To = "b", Context = context, Left = "", RuleType = rule,
        RuleConfidence = 0.7, CitingType = "QuyetDinh", CitedType = "NghiDinh",
    };

    [Theory]
    [InlineData("")]
    [InlineData("⟦⟧")]
    [InlineData("   ")]
    public void An_empty_context_still_gets_a_contract_type(string context)
    {
        var (type, p) = Models.Relations.Predict(RelationInput.From(Row(context)));
        Assert.Contains(type, RelationModel.Classes);
        Assert.InRange(p, 0, 1);
    }

    [Fact]
    public void A_100000_character_context_is_capped_and_classified()
    {
        var huge = new string('x', 60_000) + " Căn cứ ⟦Nghị định số 118/2025/NĐ-CP⟧ " + new string('y', 40_000);
        Assert.True(huge.Length >= 100_000);
        var input = RelationInput.From(Row(huge));
        Assert.True(input.Context.Length <= RelationContext.Before + RelationContext.After);
        var (type, _) = Models.Relations.Predict(input);
        Assert.Equal("BASED_ON", type);
    }

    public static TheoryData<string, string> WithAndWithout => new()
    {
        { "Căn cứ ⟦Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ⟧ về thực hiện thủ tục hành chính;", "Can cu ⟦Nghi dinh so 118/2025/ND-CP ngay 09/6/2025 cua Chinh phu⟧ ve thuc hien thu tuc hanh chinh;" },
        { "Thực hiện ⟦Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị⟧ về thực hành tiết kiệm,", "Thuc hien ⟦Chi thi so 27-CT/TW ngay 25/12/2023 cua Bo Chinh tri⟧ ve thuc hanh tiet kiem," },
    };

    [Theory]
    [MemberData(nameof(WithAndWithout))]
    public void Text_without_diacritics_gets_the_same_relation_type(string with, string without)
    {
        var a = Models.Relations.Predict(RelationInput.From(Row(with, "CITES")));
        var b = Models.Relations.Predict(RelationInput.From(Row(without, "CITES")));
        Assert.Equal(a.Type, b.Type);
    }

    [Fact]
    public void An_empty_task_is_refused_with_no_domain_and_a_blank_text_model_call_still_answers()
    {
        var hook = new MlTaskDomainClassifier(Models.Domains);
        var task = new TaskRecord { Lead = [], Support = [], Text = "  ", Evidence = new Evidence(0, 0, "") };
        Assert.Null(hook.Classify(task));
        Assert.Contains(Models.Domains.Predict("").Domain, TaskDomains.All);
    }

    [Fact]
    public void A_100000_character_task_gets_a_domain()
    {
        var text = "Sở Tài chính chủ trì thẩm định dự toán, bố trí kinh phí thực hiện. " + new string('a', 100_000);
        Assert.Contains(Models.Domains.Predict(text).Domain, TaskDomains.All);
    }

    [Theory]
    [InlineData("Sở Tài chính chủ trì, tham mưu bố trí kinh phí chi thường xuyên để thực hiện Kế hoạch.", "So Tai chinh chu tri, tham muu bo tri kinh phi chi thuong xuyen de thuc hien Ke hoach.")]
    [InlineData("Sở Khoa học và Công nghệ chủ trì triển khai nền tảng số, dữ liệu mở và chuyển đổi số.", "So Khoa hoc va Cong nghe chu tri trien khai nen tang so, du lieu mo va chuyen doi so.")]
    public void A_task_without_diacritics_gets_the_same_domain(string with, string without) =>
        Assert.Equal(Models.Domains.Predict(with).Domain, Models.Domains.Predict(without).Domain);

    [Fact]
    public void A_document_typed_without_diacritics_goes_through_the_ML_pipeline()
    {
        var text = "KE HOACH\nThuc hien Chi thi so 27-CT/TW ngay 25/12/2023 cua Bo Chinh tri ve tang cuong su lanh dao cua Dang.\n" +
                   "Can cu Nghi dinh so 118/2025/ND-CP ngay 09/6/2025 cua Chinh phu.\n" +
                   "1. Giao So Tai chinh chu tri, phoi hop voi cac so bo tri kinh phi thuc hien Ke hoach.\n";
        var doc = MlExtraction.Pipeline().Extract(text, "khong-dau.txt");
        Assert.All(doc.Relations, r => Assert.Contains(r.DecidedBy, new[] { "rules", "model", "both" }));
        Assert.All(doc.Tasks, t => Assert.Contains(t.Domain!, TaskDomains.All));
    }

    [Fact]
    public void Missing_data_or_model_folders_are_named_in_the_error()
    {
        var e1 = Assert.Throws<DirectoryNotFoundException>(() => DataSet.FromFolder("/nonexistent/data"));
        Assert.Contains("/nonexistent/data", e1.Message);
        var e2 = Assert.Throws<FileNotFoundException>(() => ModelStore.FromFolder("/nonexistent/models"));
        Assert.Contains("/nonexistent/models", e2.Message);
    }
}
