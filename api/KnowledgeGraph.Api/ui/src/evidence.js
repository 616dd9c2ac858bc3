// Bằng chứng (evidence) of a relation: the sentence that states it and the document it comes from.
// Shown on hover (title) and on click or Enter (a <details> disclosure), so it works with mouse, keyboard and screen reader.
import { h, link } from "./dom.js";

/** labelOf(key) names the source document when the page knows it; otherwise its key is shown. */
export function evidenceText(ev, labelOf = () => null) {
  if (!ev) return "Không có bằng chứng";
  const where = labelOf(ev.source) ?? ev.source;
  return `“${ev.sentence ?? "(không có câu)"}” — trong ${where}${ev.start != null ? `, ký tự ${ev.start}–${ev.end}` : ""}`;
}

export function evidenceDetails(ev, summary = "Bằng chứng", labelOf = () => null) {
  return h("details", { class: "evidence" },
    h("summary", { title: evidenceText(ev, labelOf) }, summary),
    ev ? h("blockquote", {},
      h("p", {}, `“${ev.sentence ?? "(không có câu)"}”`),
      h("footer", {}, "Nguồn: ", link(`/doc/${encodeURIComponent(ev.source)}`, labelOf(ev.source) ?? ev.source),
        ev.start != null ? ` (ký tự ${ev.start}–${ev.end})` : "",
        ev.confidence != null ? ` · độ tin cậy ${Math.round(ev.confidence * 100)}%` : "",
        ev.decidedBy ? ` · xác định bởi ${ev.decidedBy}` : "")) : h("p", {}, "Không có bằng chứng"));
}
