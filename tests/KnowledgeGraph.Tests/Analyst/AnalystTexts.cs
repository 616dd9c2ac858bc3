namespace KnowledgeGraph.Tests.Analyst;

/// <summary>
/// Small made-up plans in the shape of real ones: Hà Giang (merged into Tuyên Quang on 1/7/2025) in 2023 assigns
/// its departments under their old names; Tuyên Quang in 2025 assigns Sở Tài chính; Đồng Tháp in December 2025.
/// </summary>
public static class AnalystTexts
{
    public const string HaGiangPlan = """
        ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
        Số: 45/KH-UBND                Hà Giang, ngày 10 tháng 3 năm 2023
        KẾ HOẠCH
        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số
        Thực hiện Chỉ thị số 27-CT/TW ngày 10/01/2024 của Bộ Chính trị, UBND tỉnh Hà Giang ban hành Kế hoạch như sau:
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn đầu tư công, hoàn thành trước ngày 30/6/2023.
        2. Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng số của tỉnh; báo cáo trước ngày 15/12 hàng năm.
        """;

    public const string TuyenQuangPlan = """
        ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
        Số: 12/KH-UBND                Tuyên Quang, ngày 20 tháng 8 năm 2025
        KẾ HOẠCH
        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số, UBND tỉnh Tuyên Quang ban hành Kế hoạch như sau:
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Tài chính chủ trì cân đối nguồn vốn thực hiện Kế hoạch, hoàn thành trước ngày 31/12/2025.
        """;

    public const string DongThapPlan = """
        ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
        Số: 701/KH-UBND                Đồng Tháp, ngày 02 tháng 12 năm 2025
        KẾ HOẠCH
        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, UBND tỉnh Đồng Tháp ban hành Kế hoạch như sau:
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Khoa học và Công nghệ chủ trì, hoàn thành trước ngày 31/3/2026.
        """;

    public static readonly (string FileName, string Text)[] All =
        [("ha-giang-45.txt", HaGiangPlan), ("tuyen-quang-12.txt", TuyenQuangPlan), ("dong-thap-701.txt", DongThapPlan)];
}
