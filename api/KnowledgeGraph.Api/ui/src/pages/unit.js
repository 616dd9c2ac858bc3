// Trang đơn vị (unit): all tasks of a unit across documents, by deadline.
import { h, link, render } from "../dom.js";
import { unitTasks } from "../api.js";
import { docLabel, roleName } from "../labels.js";
import { deadlineKey, deadlineText } from "../tasks.js";

export async function unitPage(main, { arg, isCurrent }) {
  const unit = await unitTasks(arg);
  if (!isCurrent()) return;
  document.title = `${unit.name} — Đồ thị văn bản`;
  const rows = [...(unit.tasks ?? [])].sort((a, b) => deadlineKey(a.task).localeCompare(deadlineKey(b.task)) || (a.document.key).localeCompare(b.document.key));
  render(main, h("article", { class: "unit" },
    h("h1", {}, unit.name),
    h("p", { class: "meta" }, [unit.province ?? "Trung ương", unit.level].filter(Boolean).join(" · "), ` · ${rows.length} nhiệm vụ`),
    rows.length === 0 ? h("p", { role: "status" }, "Đơn vị này chưa được giao nhiệm vụ nào trong các văn bản đã nạp.") :
      h("table", { class: "tasks-table" },
        h("caption", {}, `Nhiệm vụ của ${unit.name}, theo thời hạn`),
        h("thead", {}, h("tr", {}, ["Thời hạn", "Nhiệm vụ", "Vai trò", "Văn bản giao"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, rows.map(({ role, task, document }) => h("tr", {},
          h("td", { class: "deadline" }, deadlineText(task.deadline)),
          h("td", {}, task.text),
          h("td", {}, roleName(role)),
          h("td", {}, link(`/doc/${encodeURIComponent(document.key)}`, docLabel(document, 60)))))))));
}
