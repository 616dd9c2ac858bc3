// Bằng chứng (evidence) of a relation: the sentence that states it and the document it comes from.
// Shown on hover (title) and on click or Enter (a <details> disclosure), so it works with mouse, keyboard and screen reader.
import { h, link } from "./dom.js";

export function evidenceText(ev) {
  if (!ev) return "Không có bằng chứng";
  const where = ev.sourceCode ?? ev.source;
  return `“${ev.sentence ?? "(không có câu)"}” — trong ${where}${ev.start != null ? `, ký tự ${ev.start}–${ev.end}` : ""}`;
}

export function evidenceDetails(ev, summary = "Bằng chứng") {
  return h("details", { class: "evidence" },
    h("summary", { title: evidenceText(ev) }, summary),
    ev ? h("blockquote", {},
      h("p", {}, `“${ev.sentence ?? "(không có câu)"}”`),
      h("footer", {}, "Nguồn: ", link(`/doc/${encodeURIComponent(ev.source)}`, ev.sourceCode ?? ev.source),
        ev.start != null ? ` (ký tự ${ev.start}–${ev.end})` : "",
        ev.confidence != null ? ` · độ tin cậy ${Math.round(ev.confidence * 100)}%` : "",
        ev.decidedBy ? ` · xác định bởi ${ev.decidedBy}` : "")) : h("p", {}, "Không có bằng chứng"));
}
