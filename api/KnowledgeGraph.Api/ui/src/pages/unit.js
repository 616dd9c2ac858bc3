// Trang đơn vị (unit): all tasks of a unit across documents, by deadline, including the tasks given to the units it
// succeeds after the 2025 reorganisation (marked as such, with the name as the document wrote it).
import { h, link, render } from "../dom.js";
import { unitTasks, unitLineage } from "../api.js";
import { docLabel, roleName } from "../labels.js";
import { deadlineKey, deadlineText } from "../tasks.js";

export async function unitPage(main, { arg, isCurrent }) {
  const unit = await unitTasks(arg);
  // A provincial unit: the registry adds the units it took over in 2025 and their tasks (names as written).
  const lineage = unit.province ? await unitLineage(unit.name, unit.province) : null;
  const predecessors = (lineage?.units ?? []).filter((u) => u.key !== unit.key && u.source);
  const byKey = new Map(predecessors.map((p) => [p.key, p]));
  const viaOf = (t) => {
    const keys = [...(t.lead ?? []), ...(t.support ?? [])].map((u) => u.key);
    return keys.includes(unit.key) ? null : keys.map((k) => byKey.get(k)).find(Boolean) ?? null;
  };
  const seen = new Set();
  const all = [...(unit.tasks ?? []), ...(lineage?.tasks ?? [])].filter((t) => !seen.has(t.task.key) && seen.add(t.task.key));
  if (!isCurrent()) return;
  document.title = `${unit.name} — Đồ thị văn bản`;
  const rows = all.map((t) => ({ ...t, via: viaOf(t.task) }))
    .sort((a, b) => deadlineKey(a.task).localeCompare(deadlineKey(b.task)) || (a.document.key).localeCompare(b.document.key));
  render(main, h("article", { class: "unit" },
    h("h1", {}, unit.name),
    h("p", { class: "meta" }, [unit.province ?? "Trung ương", unit.level].filter(Boolean).join(" · "), ` · ${rows.length} nhiệm vụ`),
    predecessors.length ? h("p", { class: "predecessors" }, "Kế thừa nhiệm vụ của đơn vị tiền thân: ",
      predecessors.map((p, i) => [i ? "; " : "", link(`/unit/${encodeURIComponent(p.key)}`, p.name ?? p.key), p.province ? ` (${p.province})` : "", h("span", { class: "meta" }, ` — căn cứ: ${p.source}`)])) :
      h("p", { class: "meta", role: "note" }, unit.province ? "Sổ đăng ký đơn vị không ghi đơn vị tiền thân nào của đơn vị này qua sắp xếp năm 2025." : "Đơn vị trung ương: không có trong sổ đăng ký đơn vị cấp tỉnh."),
    rows.length === 0 ? h("p", { role: "status" }, "Đơn vị này chưa được giao nhiệm vụ nào trong các văn bản đã nạp.") :
      h("table", { class: "tasks-table" },
        h("caption", {}, `Nhiệm vụ của ${unit.name}, theo thời hạn`),
        h("thead", {}, h("tr", {}, ["Thời hạn", "Nhiệm vụ", "Vai trò", "Giao cho", "Văn bản giao"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, rows.map(({ role, task, document, via }) => h("tr", { class: via ? "inherited" : null },
          h("td", { class: "deadline" }, deadlineText(task.deadline)),
          h("td", {}, task.text),
          h("td", {}, roleName(role)),
          h("td", {}, via ? [h("span", { class: "badge inherited-badge" }, "Đơn vị tiền thân"), " ", link(`/unit/${encodeURIComponent(via.key)}`, via.name ?? via.key)] : "Chính đơn vị này"),
          h("td", {}, link(`/doc/${encodeURIComponent(document.key)}`, docLabel(document, 60)))))))));
}
