// The 34 tỉnh, thành phố (provinces) after the 2025 reorganisation, with a place on a map-like grid (row, column:
// north at the top, the coast on the right) and the pre-merger provinces each one absorbed, so that a document
// issued by a former province is counted for its successor and still shown under the name it was written with.
// Presentation data for the coverage grid; the unit registry on the server is the authority on successors.
export const PROVINCES = [
  ["Lai Châu", 1, 2, []], ["Lào Cai", 1, 3, ["Yên Bái"]], ["Tuyên Quang", 1, 4, ["Hà Giang"]], ["Cao Bằng", 1, 5, []],
  ["Điện Biên", 2, 1, []], ["Sơn La", 2, 2, []], ["Phú Thọ", 2, 3, ["Vĩnh Phúc", "Hòa Bình"]], ["Thái Nguyên", 2, 4, ["Bắc Kạn"]], ["Lạng Sơn", 2, 5, []],
  ["Hà Nội", 3, 3, []], ["Bắc Ninh", 3, 4, ["Bắc Giang"]], ["Quảng Ninh", 3, 5, []],
  ["Ninh Bình", 4, 3, ["Hà Nam", "Nam Định"]], ["Hưng Yên", 4, 4, ["Thái Bình"]], ["Hải Phòng", 4, 5, ["Hải Dương"]],
  ["Thanh Hóa", 5, 3, []], ["Nghệ An", 6, 3, []], ["Hà Tĩnh", 7, 4, []], ["Quảng Trị", 8, 4, ["Quảng Bình"]],
  ["Huế", 9, 5, []], ["Đà Nẵng", 10, 5, ["Quảng Nam"]], ["Quảng Ngãi", 11, 5, ["Kon Tum"]], ["Gia Lai", 12, 5, ["Bình Định"]],
  ["Đắk Lắk", 13, 5, ["Phú Yên"]], ["Lâm Đồng", 14, 4, ["Đắk Nông", "Bình Thuận"]], ["Khánh Hòa", 14, 5, ["Ninh Thuận"]],
  ["Tây Ninh", 15, 2, ["Long An"]], ["Đồng Nai", 15, 4, ["Bình Phước"]],
  ["An Giang", 16, 1, ["Kiên Giang"]], ["Đồng Tháp", 16, 2, ["Tiền Giang"]], ["Hồ Chí Minh", 16, 3, ["Bình Dương", "Bà Rịa - Vũng Tàu"]],
  ["Cần Thơ", 17, 2, ["Sóc Trăng", "Hậu Giang"]], ["Vĩnh Long", 17, 3, ["Bến Tre", "Trà Vinh"]], ["Cà Mau", 18, 2, ["Bạc Liêu"]],
].map(([name, row, col, formerly]) => ({ name, row, col, formerly }));

/** Lower case, NFC, without "tỉnh"/"thành phố"/"TP." and with one spelling of the hyphen and of "Thừa Thiên". */
export function provinceKey(name) {
  return String(name ?? "").normalize("NFC").toLowerCase()
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/u, "")
    .replace(/^thừa thiên\s*[-–]?\s*/u, "")
    .replace(/\s*[-–]\s*/gu, " - ").replace(/\s+/gu, " ").trim();
}

const byKey = new Map(PROVINCES.flatMap((p) => [[provinceKey(p.name), p], ...p.formerly.map((f) => [provinceKey(f), p])]));

/** The province (of the 34) a name as written belongs to, or null for a name that is not a province. */
export const provinceOf = (name) => byKey.get(provinceKey(name)) ?? null;
