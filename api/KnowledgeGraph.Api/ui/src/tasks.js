// Nhiệm vụ (tasks) grouped by unit with their deadlines: shared by the document page and the cascade side panel.
import { h, link } from "./dom.js";
import { dateVi } from "./labels.js";

export function deadlineText(d) {
  if (!d) return "Không nêu thời hạn";
  return d.date ? `${d.text} (${dateVi(d.date)})` : d.text;
}

/** Sort key: fixed dates first (by date), then yearly ones (by month and day), then deadlines without a date. */
export const deadlineKey = (t) => (t.deadline?.date ? `1 ${t.deadline.date}` : t.deadline?.monthDay ? `2 ${t.deadline.monthDay}` : "3");

/** [{ unit, lead: [task], support: [task] }] ordered by unit name. */
export function groupByUnit(tasks) {
  const units = new Map();
  const add = (u, role, t) => {
    if (!units.has(u.key)) units.set(u.key, { unit: u, lead: [], support: [] });
    units.get(u.key)[role].push(t);
  };
  for (const t of tasks) {
    for (const u of t.lead ?? []) add(u, "lead", t);
    for (const u of t.support ?? []) add(u, "support", t);
  }
  const groups = [...units.values()];
  for (const g of groups) { g.lead.sort((a, b) => deadlineKey(a).localeCompare(deadlineKey(b))); g.support.sort((a, b) => deadlineKey(a).localeCompare(deadlineKey(b))); }
  return groups.sort((a, b) => (a.unit.name ?? "").localeCompare(b.unit.name ?? "", "vi"));
}

export function taskItem(t, docLink) {
  return h("li", { class: "task" },
    h("p", {}, t.text),
    h("p", { class: "meta" }, h("span", { class: "deadline" }, "Thời hạn: ", deadlineText(t.deadline)),
      t.support?.length ? ` · Phối hợp: ${t.support.map((u) => u.name).join(", ")}` : "",
      docLink ? [" · ", docLink] : ""));
}

export function unitGroups(tasks, docLinkOf) {
  const groups = groupByUnit(tasks);
  if (groups.length === 0) return h("p", {}, "Văn bản không giao nhiệm vụ cho đơn vị nào (hoặc chưa trích xuất được).");
  return h("div", { class: "unit-groups" }, groups.map((g) => h("section", { class: "unit-group", "aria-label": g.unit.name },
    h("h3", {}, link(`/unit/${encodeURIComponent(g.unit.key)}`, g.unit.name), g.unit.province ? ` (${g.unit.province})` : "",
      h("span", { class: "badge" }, `${g.lead.length} chủ trì · ${g.support.length} phối hợp`)),
    g.lead.length ? h("h4", {}, "Chủ trì") : null,
    g.lead.length ? h("ul", {}, g.lead.map((t) => taskItem(t, docLinkOf?.(t)))) : null,
    g.support.length ? h("h4", {}, "Phối hợp") : null,
    g.support.length ? h("ul", {}, g.support.map((t) => taskItem(t, docLinkOf?.(t)))) : null)));
}
