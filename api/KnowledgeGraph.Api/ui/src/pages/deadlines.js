// Thời hạn (deadlines) of a document's cascade: tasks overdue as of a chosen date, local deadlines later than the
// central one for the same domain, and yearly deadlines as a calendar with an iCalendar (.ics) download.
import { h, link, render, download } from "../dom.js";
import { cascade, laterThanCentral } from "../api.js";
import { docLabel, dateVi } from "../labels.js";
import { deadlineText } from "../tasks.js";
import { parseIsoDate, todayIso } from "../analysis/dates.js";
import { overdue, yearlyCalendar } from "../analysis/deadlines.js";
import { toIcs } from "../analysis/ics.js";
import { choicesBox } from "./messages.js";
import { analysisNav, dateForm, withParams } from "./analysisNav.js";

export async function deadlinesPage(main, { arg, params, isCurrent }) {
  const asked = params.get("asOf");
  const parsed = asked == null ? { date: todayIso() } : parseIsoDate(asked, "Ngày xét");
  const found = await cascade(arg, { direction: "DOWN", depth: 5 });
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, (k) => `/deadlines/${encodeURIComponent(k)}${location.search}`)); return; }
  const c = found.cascade;
  const docs = new Map(c.nodes.map((n) => [n.document.key, n.document]));
  const docLink = (key, known) => { const d = known ?? docs.get(key); return link(`/doc/${encodeURIComponent(key)}`, d ? docLabel(d, 50) : key); };
  const lead = (t) => (t.lead ?? []).map((u) => u.name).join("; ") || "—";
  document.title = `Thời hạn ${c.root.code ?? c.root.key} — Đồ thị văn bản`;
  const asOf = parsed.date;
  const year = Number((asOf ?? todayIso()).slice(0, 4));
  const late = asOf ? overdue(c.tasks, asOf) : [];
  const conflicts = await laterThanCentral(c.root.key);
  if (!isCurrent()) return;
  const calendar = yearlyCalendar(c.tasks, year);

  render(main,
    h("header", {}, h("h1", {}, "Thời hạn trong chuỗi triển khai của ", link(`/doc/${encodeURIComponent(c.root.key)}`, docLabel(c.root, 70))),
      analysisNav(c.root.key, "deadlines"),
      h("p", { class: "count", role: "status" }, `${c.tasks.length} nhiệm vụ trong ${c.nodes.length} văn bản.`)),
    h("section", { class: "overdue", "aria-labelledby": "overdue-h" },
      h("h2", { id: "overdue-h" }, "Nhiệm vụ quá hạn"),
      dateForm({ id: "asOf", label: "Tính đến ngày (năm-tháng-ngày)", value: asked ?? asOf, error: parsed.error,
        onApply: (v) => window.kgNavigate(withParams({ asOf: v })) }),
      parsed.error ? null : late.length === 0
        ? h("p", { role: "status" }, `Không có nhiệm vụ nào quá hạn tính đến ${dateVi(asOf)}.`)
        : h("table", { class: "tasks-table overdue-table" },
          h("caption", {}, `${late.length} nhiệm vụ có thời hạn trước ngày ${dateVi(asOf)} (thời hạn hằng năm: lần của năm ${year})`),
          h("thead", {}, h("tr", {}, ["Hạn", "Thời hạn như văn bản viết", "Nhiệm vụ", "Chủ trì", "Văn bản giao"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, late.map(({ task: t, due, yearly }) => h("tr", {}, h("td", {}, h("time", { datetime: due }, dateVi(due)), yearly ? h("span", { class: "meta" }, " (hằng năm)") : ""),
            h("td", { class: "deadline" }, t.deadline.text), h("td", {}, t.text), h("td", {}, lead(t)), h("td", {}, docLink(t.document))))))),
    h("section", { class: "conflicts", "aria-labelledby": "conflicts-h" },
      h("h2", { id: "conflicts-h" }, "Thời hạn địa phương muộn hơn trung ương"),
      h("p", { class: "meta" }, "Cùng công việc (cùng lĩnh vực hoặc cùng đơn vị chủ trì) ở văn bản cấp trên trên cùng chuỗi thực hiện, với thời hạn sớm hơn."),
      conflicts.length === 0 ? h("p", { role: "status" }, "Không thấy thời hạn địa phương nào muộn hơn thời hạn trung ương cùng lĩnh vực.")
        : h("table", { class: "tasks-table conflicts-table" },
          h("caption", {}, `${conflicts.length} nhiệm vụ địa phương có thời hạn muộn hơn`),
          h("thead", {}, h("tr", {}, ["Cùng công việc vì", "Nhiệm vụ địa phương", "Hạn địa phương", "Hạn cấp trên", "Muộn hơn"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, conflicts.map(({ local, central, matchedBy, daysLater }) => h("tr", {}, h("td", {}, matchedBy),
            h("td", {}, local.task.text, " · ", docLink(local.document.key, local.document)),
            h("td", { class: "deadline" }, dateVi(local.due), " (", local.task.deadline?.text ?? "", ")"),
            h("td", { class: "deadline" }, dateVi(central.due), " (", central.task.deadline?.text ?? "", ") · ", docLink(central.document.key, central.document)),
            h("td", {}, `${daysLater} ngày`)))))),
    h("section", { class: "calendar", "aria-labelledby": "calendar-h" },
      h("h2", { id: "calendar-h" }, `Lịch thời hạn hằng năm (${year})`),
      calendar.length === 0 ? h("p", { role: "status" }, "Không có thời hạn lặp lại hằng năm trong chuỗi triển khai này.") : [
        h("button", { type: "button", class: "ics", onclick: () => download(`thoi-han-${(c.root.code ?? c.root.key).replace(/[^\p{L}\p{N}]+/gu, "-")}.ics`,
          new Blob([toIcs(calendar.map((e) => ({ ...e, document: docs.get(e.task.document) })), { stamp: new Date().toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z", name: `Thời hạn ${c.root.code ?? c.root.key}` })],
            { type: "text/calendar;charset=utf-8" })) }, "Tải lịch (.ics)"),
        h("ol", { class: "calendar-list" }, calendar.map((e) => h("li", {},
          h("time", { datetime: e.date }, dateVi(e.date)), " — ", e.task.text, h("span", { class: "meta" }, ` · ${lead(e.task)} · `, docLink(e.task.document)))))]));
}
