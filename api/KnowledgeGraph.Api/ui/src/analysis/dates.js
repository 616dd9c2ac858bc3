// Ngày (dates) typed by the user: strict yyyy-mm-dd, checked against the calendar, with a message naming the problem.

/** { date: "2026-11-23" } or { error: "…" } for the value of the field called `label`. */
export function parseIsoDate(value, label) {
  const text = String(value ?? "").trim();
  if (text === "") return { error: `${label}: hãy nhập một ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-23.` };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { error: `${label}: “${text}” không phải ngày dạng năm-tháng-ngày (ví dụ 2026-11-23).` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d)
    return { error: `${label}: ngày “${text}” không có trong lịch.` };
  return { date: text };
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
