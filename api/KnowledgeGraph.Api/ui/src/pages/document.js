// Trang văn bản (document): metadata, the text with every citation linked, relations with evidence, tasks by unit;
// for a document known only from citations, who cites it.
import { h, link, render } from "../dom.js";
import { documentPage } from "../api.js";
import { dateVi, docLabel, inverseRelationName, relationName, typeName } from "../labels.js";
import { evidenceDetails } from "../evidence.js";
import { unitGroups } from "../tasks.js";
import { choicesBox } from "./messages.js";

const docHref = (key) => `/doc/${encodeURIComponent(key)}`;
/** Names of the documents this page knows, for evidence sources (set per page). */
let labelOf = () => null;

export async function documentPageView(main, { arg, isCurrent }) {
  const found = await documentPage(arg);
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, docHref)); return; }
  const d = found.document;
  const known = new Map([[d.key, d], ...d.relationsOut.map((r) => [r.target.key, r.target]), ...d.relationsIn.map((r) => [r.source.key, r.source]),
    ...d.citedBy.map((r) => [r.document.key, r.document])]);
  labelOf = (key) => (known.has(key) ? docLabel(known.get(key), 60) : null);
  document.title = `${docLabel(d, 60)} — Đồ thị văn bản`;
  render(main,
    h("article", { class: "document" },
      h("header", {},
        h("p", { class: "kicker" }, typeName(d.type), d.ingested ? "" : h("span", { class: "tag" }, " chỉ được trích dẫn")),
        h("h1", {}, d.code ? `${d.code} — ` : "", d.title ?? "(không có trích yếu)"),
        metadata(d),
        h("p", { class: "actions" },
          link(`/cascade/${encodeURIComponent(d.key)}`, "Chuỗi triển khai (xuống)"), " · ",
          link(`/cascade/${encodeURIComponent(d.key)}?dir=up`, "Nguồn gốc (lên)"))),
      relations(d),
      d.ingested ? null : citedBy(d),
      d.ingested ? h("section", { "aria-labelledby": "tasks-h" }, h("h2", { id: "tasks-h" }, "Nhiệm vụ theo đơn vị"), unitGroups(d.tasks ?? [])) : null,
      d.ingested ? targets(d) : null,
      d.ingested && d.text ? h("section", { "aria-labelledby": "text-h" }, h("h2", { id: "text-h" }, "Toàn văn"),
        h("p", { class: "hint" }, `${d.citations?.length ?? 0} trích dẫn được đánh dấu; bấm vào để mở văn bản được trích dẫn.`),
        textWithCitations(d.text, d.citations ?? [], d.targets ?? [])) : null));
}

function metadata(d) {
  const rows = [
    ["Số hiệu", d.code ?? "(không có số)"], ["Cơ quan ban hành", d.issuer], ["Tỉnh, thành phố", d.province ?? "Trung ương"],
    ["Ngày ban hành", dateVi(d.date) ?? (d.year ? `năm ${d.year}` : null)], ["Người ký", d.signer], ["Tệp nguồn", d.sourceFile], ["Khóa", d.key],
  ].filter(([, v]) => v);
  return h("dl", { class: "meta-list" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

function relations(d) {
  const out = byRelationType((d.relationsOut ?? []).filter((r) => r.type !== "CITES"));
  const inn = byRelationType((d.relationsIn ?? []).filter((r) => r.type !== "CITES"));
  return h("section", { class: "relations", "aria-labelledby": "rel-h" },
    h("h2", { id: "rel-h" }, "Quan hệ"),
    h("div", { class: "two-cols" },
      h("section", {}, h("h3", {}, "Văn bản này thực hiện / căn cứ"),
        out.length ? h("ul", {}, grouped(out, (r) => r.target).map(([r, other, all]) => relationItem(relationName(r.type), other, all))) : h("p", {}, "Không có.")),
      h("section", {}, h("h3", {}, "Văn bản thực hiện văn bản này"),
        inn.length ? h("ul", {}, grouped(inn, (r) => r.source).map(([r, other, all]) => relationItem(inverseRelationName(r.type), other, all))) : h("p", {}, "Chưa có văn bản nào trong kho."))));
}

/** The strongest relations first: carrying out, then issuing and guiding, then "based on", then the rest. */
const RELATION_ORDER = ["IMPLEMENTS", "ISSUES", "GUIDES", "BASED_ON", "AMENDS", "REPLACES", "REPEALS", "SAME_AS"];
const byRelationType = (list) => [...list].sort((a, b) => (RELATION_ORDER.indexOf(a.type) >>> 0) - (RELATION_ORDER.indexOf(b.type) >>> 0));

/** One line per (relation, document); each document that states it gives one piece of evidence. */
function grouped(relations, otherOf) {
  const groups = new Map();
  for (const r of relations) {
    const other = otherOf(r);
    const id = `${r.type} ${other.key}`;
    if (!groups.has(id)) groups.set(id, [r, other, []]);
    groups.get(id)[2].push(r);
  }
  return [...groups.values()];
}

function relationItem(verb, other, all) {
  const r = all[0];
  return h("li", { class: "relation" },
    h("span", { class: `rel rel-${r.type}` }, verb), " ", link(docHref(other.key), docLabel(other)),
    other.ingested ? "" : h("span", { class: "tag" }, " chỉ được trích dẫn"),
    all.map((x, i) => evidenceDetails(x.evidence, all.length > 1 ? `Bằng chứng ${i + 1}` : "Bằng chứng", labelOf)));
}

function citedBy(d) {
  const list = d.citedBy ?? [];
  return h("section", { "aria-labelledby": "cited-h" },
    h("h2", { id: "cited-h" }, "Được trích dẫn bởi"),
    h("p", {}, "Văn bản này chưa được nạp vào kho; chỉ biết đến qua các văn bản trích dẫn nó."),
    list.length ? h("ul", {}, list.map((c) => h("li", { class: "relation" },
      link(docHref(c.document.key), docLabel(c.document)), ` (${relationName(c.type)})`, evidenceDetails(c.evidence, undefined, labelOf)))) : h("p", {}, "Không có."));
}

/** The text as plain text, each citation span a link to the cited document (title = what it resolved to). */
function textWithCitations(text, citations, targets = []) {
  const spans = [...citations.filter((c) => c.start != null && c.end > c.start),
    ...targets.filter((g) => g.start != null && g.end > g.start).map((g) => ({ start: g.start, end: g.end, targetOrdinal: g.ordinal }))]
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const c of spans) {
    if (c.start < at) continue; // overlapping spans: keep the first
    parts.push(text.slice(at, c.start));
    if (c.targetOrdinal != null) {
      parts.push(h("mark", { class: "target-span", id: `target-${c.targetOrdinal}`, title: "Chỉ tiêu" }, text.slice(c.start, c.end)));
      at = c.end;
      continue;
    }
    const label = c.target ? docLabel(c.target) : c.text;
    parts.push(c.target
      ? h("a", { class: "citation", href: docHref(c.target.key), "data-nav": true, title: label }, text.slice(c.start, c.end))
      : h("mark", { class: "citation unresolved", title: "Trích dẫn chưa xác định được văn bản" }, text.slice(c.start, c.end)));
    at = c.end;
  }
  parts.push(text.slice(at));
  return h("div", { class: "doc-text" }, parts);
}

/** Chỉ tiêu (targets) the document sets: the value as a figure, the sentence, and a link to the value in the text. */
function targets(d) {
  const list = d.targets ?? [];
  return h("section", { class: "targets", "aria-labelledby": "targets-h" },
    h("h2", { id: "targets-h" }, "Chỉ tiêu"),
    list.length === 0 ? h("p", {}, "Văn bản không đặt chỉ tiêu định lượng nào (hoặc chưa trích xuất được).") :
      h("ul", { class: "target-list" }, list.map((g) => h("li", { class: "target", dataset: { key: g.key, value: String(g.value), unit: g.unit } },
        h("strong", { class: "target-value" }, `${String(g.value).replace(".", ",")}${g.unit}`), " — ", g.text,
        g.start != null ? [" ", h("a", { href: `#target-${g.ordinal}`, class: "to-text" }, "(xem trong toàn văn)")] : null))));
}
