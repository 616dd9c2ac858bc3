// Thời hạn (deadlines) of a document's cascade, all computed by the server (one source of truth with the API):
// tasks overdue as of a chosen date (`overdueTasks`), local deadlines later than the central one for the same work
// (`laterThanCentral`), and the year's calendar with yearly deadlines expanded (`deadlineCalendar`), downloadable as
// the server's iCalendar text (`deadlineCalendarIcs`).
import { h, link, render, download } from "../dom.js";
import { deadlineCalendar, deadlineCalendarIcs, laterThanCentral, overdueTasks, resolveDocument } from "../api.js";
import { docLabel, dateVi } from "../labels.js";
import { parseIsoDate, todayIso } from "../analysis/dates.js";
import { choicesBox } from "./messages.js";
import { analysisNav, dateForm, withParams } from "./analysisNav.js";

export async function deadlinesPage(main, { arg, params, isCurrent }) {
  const asked = params.get("asOf");
  const parsed = asked == null ? { date: todayIso() } : parseIsoDate(asked, "Ngày xét");
  const found = await resolveDocument(arg);
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, (k) => `/deadlines/${encodeURIComponent(k)}${location.search}`)); return; }
  const root = found.document;
  const asOf = parsed.date;
  const year = Number((asOf ?? todayIso()).slice(0, 4));
  const [late, conflicts, calendar] = await Promise.all([
    asOf ? overdueTasks(root.key, asOf) : Promise.resolve([]),
    laterThanCentral(root.key),
    deadlineCalendar(root.key, `${year}-01-01`, `${year}-12-31`),
  ]);
  if (!isCurrent()) return;
  const docLink = (d) => link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 50));
  const lead = (t) => (t.lead ?? []).map((u) => u.name).join("; ") || "—";
  document.title = `Thời hạn ${root.code ?? root.key} — Đồ thị văn bản`;
  const icsName = `thoi-han-${(root.code ?? root.key).replace(/[^\p{L}\p{N}]+/gu, "-")}-${year}.ics`;

  render(main,
    h("header", {}, h("h1", {}, "Thời hạn trong chuỗi triển khai của ", link(`/doc/${encodeURIComponent(root.key)}`, docLabel(root, 70))),
      analysisNav(root.key, "deadlines")),
    h("section", { class: "overdue", "aria-labelledby": "overdue-h" },
      h("h2", { id: "overdue-h" }, "Nhiệm vụ quá hạn"),
      dateForm({ id: "asOf", label: "Tính đến ngày (năm-tháng-ngày)", value: asked ?? asOf, error: parsed.error,
        onApply: (v) => window.kgNavigate(withParams({ asOf: v })) }),
      parsed.error ? null : late.length === 0
        ? h("p", { role: "status" }, `Không có nhiệm vụ nào quá hạn tính đến ${dateVi(asOf)}.`)
        : h("table", { class: "tasks-table overdue-table" },
          h("caption", {}, `${late.length} nhiệm vụ có thời hạn trước ngày ${dateVi(asOf)} (thời hạn hằng năm: lần của năm ${year})`),
          h("thead", {}, h("tr", {}, ["Hạn", "Thời hạn như văn bản viết", "Nhiệm vụ", "Chủ trì", "Văn bản giao"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, late.map(({ task: t, due, recurring, document: d }) => h("tr", { dataset: { due, task: t.key } },
            h("td", {}, h("time", { datetime: due }, dateVi(due)), recurring ? h("span", { class: "meta" }, " (hằng năm)") : ""),
            h("td", { class: "deadline" }, t.deadline?.text ?? ""), h("td", {}, t.text), h("td", {}, lead(t)), h("td", {}, docLink(d))))))),
    h("section", { class: "conflicts", "aria-labelledby": "conflicts-h" },
      h("h2", { id: "conflicts-h" }, "Thời hạn địa phương muộn hơn trung ương"),
      h("p", { class: "meta" }, "Cùng công việc (cùng lĩnh vực hoặc cùng đơn vị chủ trì) ở văn bản cấp trên trên cùng chuỗi thực hiện, với thời hạn sớm hơn."),
      conflicts.length === 0 ? h("p", { role: "status" }, "Không thấy thời hạn địa phương nào muộn hơn thời hạn trung ương cùng lĩnh vực.")
        : h("table", { class: "tasks-table conflicts-table" },
          h("caption", {}, `${conflicts.length} nhiệm vụ địa phương có thời hạn muộn hơn`),
          h("thead", {}, h("tr", {}, ["Cùng công việc vì", "Nhiệm vụ địa phương", "Hạn địa phương", "Hạn cấp trên", "Muộn hơn"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, conflicts.map(({ local, central, matchedBy, daysLater }) => h("tr", {}, h("td", {}, matchedBy),
            h("td", {}, local.task.text, " · ", docLink(local.document)),
            h("td", { class: "deadline" }, dateVi(local.due), " (", local.task.deadline?.text ?? "", ")"),
            h("td", { class: "deadline" }, dateVi(central.due), " (", central.task.deadline?.text ?? "", ") · ", docLink(central.document)),
            h("td", {}, `${daysLater} ngày`)))))),
    h("section", { class: "calendar", "aria-labelledby": "calendar-h" },
      h("h2", { id: "calendar-h" }, `Lịch thời hạn năm ${year}`),
      calendar.length === 0 ? h("p", { role: "status" }, `Không có thời hạn nào rơi vào năm ${year} trong chuỗi triển khai này.`) : [
        h("button", { type: "button", class: "ics", onclick: async () => {
          const text = await deadlineCalendarIcs(root.key, `${year}-01-01`, `${year}-12-31`);
          download(icsName, new Blob([text], { type: "text/calendar;charset=utf-8" }));
        } }, "Tải lịch (.ics)"),
        h("ol", { class: "calendar-list" }, calendar.map((e) => h("li", { dataset: { due: e.due, task: e.task.key } },
          h("time", { datetime: e.due }, dateVi(e.due)), e.recurring ? h("span", { class: "meta" }, " (hằng năm)") : "", " — ", e.task.text,
          h("span", { class: "meta" }, ` · ${lead(e.task)} · `, docLink(e.document)))))]));
}
