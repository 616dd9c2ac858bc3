using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>The evaluation's own notion of "same" must be right before any score means anything.</summary>
public class MatchingTests
{
    [Theory]
    [InlineData("27-CT/TW", "27-CT/TW", true)]
    [InlineData("156/KH - UBND", "156/KH-UBND", true)]
    [InlineData("08/CT-TTg", "8/CT-TTg", true)]
    [InlineData("806/QÐ-TTg", "806/QĐ-TTg", true)]           // Ð (U+00D0) written for Đ
    [InlineData("806/Q\u0110-TTg", "806/QĐ-TTg", true)]
    [InlineData("60/2021/NĐ-CP", "60/2021/nđ-cp", true)]
    [InlineData("27 - CT/TW", "27-CT/TW", true)]
    [InlineData("74/2022/QH15", "74/2022/QH15", true)]
    [InlineData("806/QD-TTg", "806/QĐ-TTg", false)]           // ASCII folding is the extractor's job to undo
    [InlineData("98/NQ-CP", "88/NQ-CP", false)]
    [InlineData("148/KH-UBND", "1148/KH-UBND", false)]
    [InlineData("57-NQ/TW", "57/NQ-TW", false)]
    public void Codes_compare_in_canonical_form(string a, string b, bool same) =>
        Assert.Equal(same, Matching.SameCode(a, b));

    [Theory]
    [InlineData("UBND tỉnh Lạng Sơn", "Lạng Sơn", "UBND tỉnh", "Lạng Sơn", true)]
    [InlineData("UBND tỉnh Lạng Sơn", "Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn", null, true)]
    [InlineData("UBND tỉnh Lạng Sơn", "Lạng Sơn", "UBND tỉnh Lạng Sơn", "tỉnh Lạng Sơn", true)]
    [InlineData("UBND tỉnh Lạng Sơn", "Lạng Sơn", "UBND tỉnh", null, false)]             // province lost
    [InlineData("UBND tỉnh Lạng Sơn", "Lạng Sơn", "UBND tỉnh", "Hải Phòng", false)]
    [InlineData("UBND thành phố Hải Phòng", "Hải Phòng", "Ủy ban nhân dân thành phố", "Hải Phòng", true)]
    [InlineData("Ban Thường vụ Tỉnh ủy", "Lạng Sơn", "Ban Thường vụ Tỉnh uỷ", "Lạng Sơn", true)]
    [InlineData("Ban Thường vụ Tỉnh ủy", "Lạng Sơn", "Tỉnh ủy", "Lạng Sơn", false)]
    [InlineData("Bộ Chính trị", null, "Bộ Chính trị", null, true)]
    [InlineData("Bộ Chính trị", null, "Bộ Chính trị", "Lạng Sơn", false)]               // central body given a province
    [InlineData("Thủ tướng Chính phủ", null, "Chính phủ", null, false)]
    [InlineData("Chính phủ", null, "Thủ tướng Chính phủ", null, false)]
    [InlineData("Ban Chấp hành Trung ương Đảng", null, "Ban Chấp hành Trung ương Đảng khóa XII", null, true)]
    [InlineData("Quốc hội", null, null, null, false)]
    public void Issuers_compare_by_name_and_province(string truth, string? truthProvince, string? name, string? province, bool same) =>
        Assert.Equal(same, Matching.SameIssuer(truth, truthProvince, null, name, province));

    [Fact]
    public void Issuer_aliases_written_in_the_truth_are_accepted()
    {
        Assert.True(Matching.SameIssuer("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", null,
            ["Ban Chỉ đạo Trung ương"], "Ban Chỉ đạo Trung ương", null));
        Assert.False(Matching.SameIssuer("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", null,
            [], "Ban Chỉ đạo Trung ương", null));
    }

    [Theory]
    [InlineData("Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", true)]
    [InlineData("Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "chiến lược quốc gia về phòng, chống lãng phí", true)]
    [InlineData("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", "Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2021-2030", true)]
    [InlineData("Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "Chiến lược", false)]
    [InlineData("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020", false)]
    [InlineData("Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", null, false)]
    public void Titles_compare_folded_with_containment(string truth, string? extracted, bool same) =>
        Assert.Equal(same, Matching.SameTitle(truth, extracted));

    [Theory]
    [InlineData("Luật Đầu tư công", "Luật Đầu tư công", true)]
    [InlineData("Luật Đầu tư công", "Luật Đầu tư", false)]
    [InlineData("Luật Đầu tư", "Luật Đầu tư công", false)]
    [InlineData("Luật Quản lý, sử dụng tài sản công", "Quản lý, sử dụng tài sản công", true)]
    [InlineData("Luật Ngân sách nhà nước", "Luật ngân sách nhà nước", true)]
    [InlineData("Luật Tiết kiệm, chống lãng phí", "Luật tiết kiệm, chống lãng phí năm 2025", true)]
    [InlineData("Luật Thực hành tiết kiệm, chống lãng phí", "Luật Thực hành tiết kiệm, chống lãng phí ngày 10/12/2018", true)]
    [InlineData("Luật Tiết kiệm, chống lãng phí", "Luật Thực hành tiết kiệm, chống lãng phí", false)]
    [InlineData("Luật Đầu tư công", null, false)]
    public void Law_names_compare_exactly_apart_from_the_word_Luat_and_a_trailing_date(string truth, string? extracted, bool same) =>
        Assert.Equal(same, Matching.SameLawName(truth, extracted));

    [Theory]
    [InlineData("Sở Tài chính", "Sở Tài chính", "Lạng Sơn", true)]
    [InlineData("Sở Tài chính", "Sở Tài chính tỉnh Lạng Sơn", "Lạng Sơn", true)]
    [InlineData("Sở Tài chính", "Giao Sở Tài chính", "Lạng Sơn", true)]
    [InlineData("Thủ trưởng các đơn vị trực thuộc Sở", "các đơn vị trực thuộc Sở", "Hải Phòng", true)]
    [InlineData("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố (sau này là UBND cấp xã)", "Lạng Sơn", true)]
    [InlineData("Các sở, ban, ngành", "Các sở, ban, ngành và UBND các huyện, thành phố", "Lạng Sơn", false)]
    [InlineData("UBND các xã, phường", "Các sở, ban, ngành và UBND các xã, phường", "Lạng Sơn", false)]
    [InlineData("Văn phòng Sở Giáo dục và Đào tạo", "Văn phòng Sở Giáo dục và Đào tạo thành phố Hải Phòng", "Hải Phòng", true)]
    [InlineData("Báo và Phát thanh, Truyền hình Lạng Sơn", "Báo và Phát thanh", "Lạng Sơn", false)]
    [InlineData("Bộ Công an", "Bộ trưởng Bộ Công an", null, true)]
    [InlineData("Sở Tài chính", "Sở Tài chính chủ trì", "Lạng Sơn", false)]
    [InlineData("Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban MTTQ tỉnh", "Lạng Sơn", true)]
    [InlineData("Sở Nội vụ", "Sở Tài chính", "Lạng Sơn", false)]
    [InlineData("Sở Nội vụ", "Bộ Nội vụ", "Lạng Sơn", false)]
    [InlineData("UBND các xã, phường", "UBND các huyện, thành phố", "Lạng Sơn", false)]
    public void Lead_units_compare_after_removing_role_words_and_province(string truth, string? extracted, string? province, bool same) =>
        Assert.Equal(same, Matching.SameUnit(truth, extracted, province));

    [Theory]
    [InlineData("%", "%", true)]
    [InlineData("%", "phần trăm", true)]
    [InlineData("%", "đơn vị", false)]
    [InlineData("đơn vị", "Đơn vị", true)]
    public void Target_units_compare(string a, string b, bool same) => Assert.Equal(same, Matching.SameTargetUnit(a, b));

    [Theory]
    [InlineData("156/KH-UBND", "Kế hoạch số 156/KH - UBND ngày 20/6/2025", true)]
    [InlineData("27-CT/TW", "thực hiện Chỉ thị số 27-\n\nCT/TW, ngày 25/12/2023", true)]
    [InlineData("806/QĐ-TTg", "Quyết định số 806/QÐ-TTg", true)]
    [InlineData("08/CT-TTg", "Chỉ thị số 08/CT-TTg ngày", true)]
    [InlineData("773/QĐ-TTg", "Số: 773 /QĐ-TTg", true)]
    [InlineData("98/NQ-CP", "Nghị quyết số 198/NQ-CP", false)]
    [InlineData("98/NQ-CP", "Nghị quyết số 98/NQ-CPX", false)]
    [InlineData("60-NQ/TU", "Nghị quyết 60-NQ/TW", false)]
    public void Source_code_pattern_finds_codes_as_real_text_writes_them(string code, string text, bool found) =>
        Assert.Equal(found, SourceText.CodePattern(code).IsMatch(text));
}
