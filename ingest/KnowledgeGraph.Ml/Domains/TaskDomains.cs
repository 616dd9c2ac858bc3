namespace KnowledgeGraph.Ml.Domains;

/// <summary>Lĩnh vực nhiệm vụ (task domains): the labels of the task-domain classifier and of <c>TaskRecord.Domain</c>.</summary>
public static class TaskDomains
{
    /// <summary>Tài chính, ngân sách (public finance and budget)</summary>
    public const string FinanceBudget = "finance-budget";
    /// <summary>Tài sản công (public assets)</summary>
    public const string PublicAssets = "public-assets";
    /// <summary>Đầu tư công (public investment)</summary>
    public const string PublicInvestment = "public-investment";
    /// <summary>Tổ chức bộ máy, biên chế (organisation and staffing)</summary>
    public const string Organisation = "organisation-staffing";
    /// <summary>Cải cách hành chính (administrative reform)</summary>
    public const string AdminReform = "administrative-reform";
    /// <summary>Chuyển đổi số (digital transformation)</summary>
    public const string Digital = "digital-transformation";
    /// <summary>Thanh tra, kiểm tra, kỷ luật (inspection and discipline)</summary>
    public const string Inspection = "inspection-discipline";
    /// <summary>Tuyên truyền, thông tin (communication)</summary>
    public const string Communication = "communication";
    /// <summary>Khác (other)</summary>
    public const string Other = "other";

    public static readonly string[] All =
        [FinanceBudget, PublicAssets, PublicInvestment, Organisation, AdminReform, Digital, Inspection, Communication, Other];
}
