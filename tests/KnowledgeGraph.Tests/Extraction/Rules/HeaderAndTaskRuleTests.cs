using Xunit;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Rules;

/// <summary>Rows of small texts for the header and task rules, each shaped like a case met in shared/corpus.</summary>
public sealed class HeaderAndTaskRuleTests
{
    private const string VeteransHeader =
        "*Source: https://thuvienphapluat.vn/van-ban/Quyet-dinh-773-QD-TTg-2018.aspx*\n\n" +
        "# Ban hành Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW\n\n" +
        "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n" +
        "|---|---|\n| Số: 773/QĐ-TTg | Hà Nội, ngày 26 tháng 6 năm 2018 |\n\nQUYẾT ĐỊNH\n\n" +
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n" +
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n" +
        "| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KGVX. | THỦ TƯỚNG Nguyễn Xuân Phúc |\n";

    private static DocumentHeaderView Header(string raw)
    {
        var h = HeaderExtractor.Extract(TextNormalizer.Normalize(raw));
        return new(h.Issuer?.Name, h.Title, h.Signer, h.Type.ToString());
    }

    private sealed record DocumentHeaderView(string? Issuer, string? Title, string? Signer, string Type);

    [Fact]
    public void CollectorSourceLineAndTitleAreNotTheIssuer()
    {
        var h = Header(VeteransHeader);
        Assert.Equal("Thủ tướng Chính phủ", h.Issuer);
    }

    [Fact]
    public void SignerInAFlattenedSignatureRow() => Assert.Equal("Nguyễn Xuân Phúc", Header(VeteransHeader).Signer);

    [Fact]
    public void CleanMarkdownKeepsHeadingAndTitleApart()
    {
        var h = Header(VeteransHeader);
        Assert.Equal("QuyetDinh", h.Type);
        Assert.Equal("VỀ VIỆC BAN HÀNH KẾ HOẠCH", h.Title);
    }

    [Theory]
    // PDF text: a blank line after every line, sentences broken mid-way: the lines of one paragraph are joined.
    [InlineData("Căn cứ Luật Tổ chức chính quyền\n\nđịa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Nghị định số 1/2020/NĐ-CP;", 2)]
    // Clean Markdown: a blank line between paragraphs, no sentence broken: every line stays a paragraph.
    [InlineData("QUYẾT ĐỊNH\n\nVỀ VIỆC THỰC HIỆN CHẾ ĐỘ\n\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\nCăn cứ Luật X;", 4)]
    public void BlankLinesAreParagraphBreaksOnlyWhenSentencesDoNotRunAcrossThem(string raw, int paragraphs) =>
        Assert.Equal(paragraphs, TextNormalizer.Normalize(raw).Split('\n').Length);

    [Theory]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n2. Bộ Quốc phòng - Chủ trì, phối hợp với các bộ, ngành liên quan rà soát chính sách.", "Bộ Quốc phòng")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n4. Bộ Tài chính - Đảm bảo nguồn kinh phí thực hiện chế độ ưu đãi.", "Bộ Tài chính")]
    // A decision's recipients and signature, then the attached plan: its tasks are still found.
    [InlineData("Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành.\nNơi nhận:\n- Ban Bí thư;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Xuân Phúc\nKẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. Bộ Y tế\n- Chủ trì xây dựng tiêu chuẩn điều dưỡng.", "Bộ Y tế")]
    // Official names with a comma inside (units.json commaContinuations): the name is not cut at the comma.
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n3. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các địa phương tổ chức lễ hội.", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n5. Sở Lao động - Thương binh và Xã hội chủ trì rà soát đối tượng chính sách.", "Sở Lao động - Thương binh và Xã hội")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n6. Báo và Phát thanh, Truyền hình Lạng Sơn chủ trì tuyên truyền kế hoạch.", "Báo và Phát thanh, Truyền hình Lạng Sơn")]
    // The departments of Nghị định 45/2025/NĐ-CP, each name whole (lower-case syllables after a capitalised word).
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n7. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các xã.", "Sở Nông nghiệp và Môi trường")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n8. Sở Dân tộc và Tôn giáo chủ trì tổng hợp.", "Sở Dân tộc và Tôn giáo")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n9. Sở Xây dựng chủ trì thẩm định.", "Sở Xây dựng")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n10. Sở Văn hóa và Thể thao chủ trì tổ chức.", "Sở Văn hóa và Thể thao")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN\n11. Sở Khoa học và Công nghệ chủ trì triển khai.", "Sở Khoa học và Công nghệ")]
    public void LeadUnits(string text, string lead)
    {
        var tasks = TaskExtractor.Extract(text, SectionExtractor.Extract(text));
        Assert.Contains(tasks, t => t.Lead.Contains(lead));
    }

    /// <summary>The closing article of a decision names who executes it (378/QĐ-UBND of Hà Giang, 2022).</summary>
    [Fact]
    public void TheArticleNamingWhoExecutesADecisionIsATask()
    {
        const string text = "QUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục thủ tục hành chính.\n" +
            "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; UBND các huyện, thành phố và các tổ chức cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n" +
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.";
        var task = Assert.Single(TaskExtractor.Extract(text, SectionExtractor.Extract(text)));
        Assert.Equal("execute", task.Kind);
        Assert.Contains("Sở Công Thương", task.Lead);
        Assert.Contains("Văn phòng UBND tỉnh", task.Lead);
        Assert.Contains("Trung tâm Phục vụ hành chính công tỉnh", task.Lead);
        Assert.StartsWith("Điều 2.", task.Text);
    }

    [Fact]
    public void RecipientsAreNotTasks()
    {
        const string text = "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính chủ trì theo dõi.\nNơi nhận:\n- Sở Nội vụ chủ trì;\n- Lưu: VT.";
        var tasks = TaskExtractor.Extract(text, SectionExtractor.Extract(text));
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("Sở Nội vụ"));
    }
}
