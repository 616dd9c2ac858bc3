// Vietnamese names for what the API returns in English identifiers.

export const docTypes = {
  ChiThi: "Chỉ thị", NghiQuyet: "Nghị quyết", QuyetDinh: "Quyết định", KeHoach: "Kế hoạch", CongDien: "Công điện",
  HuongDan: "Hướng dẫn", NghiDinh: "Nghị định", ThongTu: "Thông tư", KetLuan: "Kết luận", ThongBao: "Thông báo",
  ChuongTrinh: "Chương trình", DeAn: "Đề án", BaoCao: "Báo cáo", Luat: "Luật", ChienLuoc: "Chiến lược",
  CongVan: "Công văn", QuyDinh: "Quy định", Khac: "Khác", Unknown: "Chưa rõ loại",
};
export const typeName = (t) => (t == null ? "Chưa rõ loại" : docTypes[t] ?? t);

/** Relation as read from the source towards the target ("A thực hiện B"). */
export const relationNames = {
  IMPLEMENTS: "thực hiện", BASED_ON: "căn cứ", AMENDS: "sửa đổi, bổ sung", REPLACES: "thay thế", REPEALS: "bãi bỏ",
  GUIDES: "hướng dẫn", ISSUES: "ban hành", CITES: "trích dẫn", SAME_AS: "là cùng văn bản với",
};
/** The same relation read from the target ("B được A thực hiện"). */
export const inverseRelationNames = {
  IMPLEMENTS: "được thực hiện bởi", BASED_ON: "là căn cứ của", AMENDS: "được sửa đổi bởi", REPLACES: "bị thay thế bởi",
  REPEALS: "bị bãi bỏ bởi", GUIDES: "được hướng dẫn bởi", ISSUES: "được ban hành bởi", CITES: "được trích dẫn bởi",
  SAME_AS: "là cùng văn bản với",
};
export const relationName = (t) => relationNames[t] ?? t;
export const inverseRelationName = (t) => inverseRelationNames[t] ?? t;
export const allRelationTypes = ["IMPLEMENTS", "BASED_ON", "GUIDES", "ISSUES", "AMENDS", "REPLACES", "REPEALS", "CITES"];
export const defaultCascadeTypes = ["IMPLEMENTS", "BASED_ON", "GUIDES", "ISSUES"];

export const roleName = (r) => (String(r).toLowerCase() === "lead" ? "chủ trì" : "phối hợp");

/** "806/QĐ-TTg — Chiến lược …" or the title alone for a document without a number. */
export function docLabel(d, max = 90) {
  const title = d.title ? (d.title.length > max ? d.title.slice(0, max) + "…" : d.title) : null;
  if (d.code && title) return `${d.code} — ${title}`;
  return d.code ?? title ?? d.key;
}

export function dateVi(iso) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Lĩnh vực nhiệm vụ (task domains): the classifier's labels (ingest/KnowledgeGraph.Ml/Domains/TaskDomains.cs). */
export const domainNames = {
  "finance-budget": "Tài chính, ngân sách", "public-assets": "Tài sản công", "public-investment": "Đầu tư công",
  "organisation-staffing": "Tổ chức bộ máy, biên chế", "administrative-reform": "Cải cách hành chính",
  "digital-transformation": "Chuyển đổi số", "inspection-discipline": "Thanh tra, kiểm tra, kỷ luật",
  communication: "Tuyên truyền, thông tin", other: "Khác",
};
export const domainName = (d) => (d ? domainNames[d] ?? d : "Chưa xác định lĩnh vực");
