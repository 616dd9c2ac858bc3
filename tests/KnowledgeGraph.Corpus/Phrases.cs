namespace KnowledgeGraph.Corpus;

/// <summary>
/// Sentence material in the register of real plans (/work/shared/corpus): fragments the composer joins, with {0}
/// for the subject. None of them holds a document code or a relation cue before a type word, so the only
/// citations in a generated text are the ones the ground truth lists.
/// </summary>
internal static class Phrases
{
    public static readonly string[] Purposes =
    [
        "Nâng cao nhận thức, vai trò, trách nhiệm của các cấp ủy đảng, chính quyền, cơ quan, đơn vị, địa phương trong triển khai công tác {0}",
        "Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ quan, đơn vị trong tổ chức thực hiện {0}",
        "Tạo sự chuyển biến mạnh mẽ, toàn diện về nhận thức và hành động của cán bộ, công chức, viên chức và Nhân dân về {0}",
        "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, huy động sự tham gia của doanh nghiệp và người dân vào {0}",
    ];

    public static readonly string[] Requirements =
    [
        "Bám sát chủ trương, quan điểm, mục tiêu, nhiệm vụ đã đề ra, bảo đảm phù hợp với điều kiện thực tế của địa phương",
        "Phân công nhiệm vụ cụ thể, rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền",
        "Các cơ quan, đơn vị chủ động phối hợp chặt chẽ, thường xuyên theo dõi, đôn đốc, kiểm tra, đánh giá kết quả thực hiện",
        "Việc triển khai phải thiết thực, hiệu quả, tiết kiệm, không phô trương, hình thức",
    ];

    public static readonly string[] Solutions =
    [
        "Đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân về {0}; đa dạng hóa hình thức tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội và hệ thống thông tin cơ sở",
        "Rà soát, hoàn thiện cơ chế, chính sách thuộc thẩm quyền của địa phương; kịp thời đề xuất sửa đổi, bổ sung những quy định không còn phù hợp, tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện",
        "Bố trí nguồn lực, kinh phí từ ngân sách nhà nước và huy động các nguồn lực xã hội hóa để thực hiện có hiệu quả các nhiệm vụ về {0}",
        "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành; kết nối, chia sẻ dữ liệu giữa các cơ quan, đơn vị, bảo đảm an toàn, an ninh thông tin",
        "Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức làm công tác {0}; tổ chức tập huấn, bồi dưỡng nghiệp vụ, chia sẻ kinh nghiệm, nhân rộng các mô hình hay, cách làm hiệu quả",
        "Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc",
        "Thời gian qua, công tác {0} trên địa bàn đã đạt được những kết quả tích cực, góp phần quan trọng vào phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh; tuy nhiên vẫn còn một số hạn chế, khó khăn cần khắc phục",
        "Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong việc vận động Nhân dân tham gia, giám sát việc thực hiện, tạo sự đồng thuận trong xã hội",
        "Đẩy mạnh hợp tác, liên kết với các địa phương, viện nghiên cứu, trường đại học và doanh nghiệp; thu hút chuyên gia, nhà khoa học tham gia tư vấn, phản biện",
        "Định kỳ sơ kết, đánh giá kết quả thực hiện, rút kinh nghiệm và đề xuất điều chỉnh nhiệm vụ, giải pháp cho phù hợp với tình hình thực tế",
    ];

    public static readonly string[] Targets =
    [
        "Phấn đấu đến năm {1}, {2}% cơ quan, đơn vị triển khai đầy đủ các nhiệm vụ về {0}",
        "Đến hết năm {1}, tỷ lệ hồ sơ được giải quyết đúng hạn đạt trên {2}%",
        "Hằng năm, ít nhất {2}% cán bộ, công chức được tập huấn, bồi dưỡng kiến thức về {0}",
    ];

    public static readonly string[] TaskVerbs =
    [
        "tham mưu Ủy ban nhân dân triển khai, đôn đốc, kiểm tra việc thực hiện Kế hoạch này",
        "xây dựng kế hoạch chi tiết và tổ chức thực hiện các nhiệm vụ thuộc lĩnh vực được giao",
        "tổng hợp, báo cáo kết quả thực hiện, đề xuất giải pháp tháo gỡ khó khăn, vướng mắc",
        "tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách nhà nước",
        "hướng dẫn các cơ quan, đơn vị, địa phương triển khai các nội dung có liên quan",
    ];

    public static readonly string[] Deadlines =
    [
        "trước ngày 30/11 hàng năm", "trước ngày 15/12/{0}", "trong quý IV năm {0}", "trước ngày 31/12/{0}", "trước ngày 30/6/{0}",
    ];

    public static readonly string[] CentralUnits =
    [
        "Bộ Tài chính", "Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ", "Bộ Công an",
        "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường",
    ];

    public static readonly string[] CommuneUnits =
    [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an xã",
        "Trung tâm Phục vụ hành chính công",
    ];

    public static readonly string[] Signers =
    [
        "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Hoàng Thị Mai", "Võ Văn Thưởng", "Đặng Thanh Sơn",
        "Bùi Đức Long", "Đỗ Thị Hương", "Ngô Quang Vinh",
    ];

    public static readonly string[] Footnotes =
    [
        "Số liệu theo báo cáo của các cơ quan, đơn vị đến ngày {0}.",
        "Bao gồm cả các đơn vị sự nghiệp công lập trực thuộc.",
        "Theo kết quả rà soát, tổng hợp của cơ quan chuyên môn.",
    ];
}
