import { h } from "../dom.js";

/** A message the user can read and a screen reader announces (role=alert): never a blank page. */
export const errorBox = (title, message, ...more) =>
  h("section", { class: "message error", role: "alert" }, h("h1", {}, title), h("p", {}, message), ...more);

export const infoBox = (title, message, ...more) =>
  h("section", { class: "message info", role: "status" }, h("h2", {}, title), h("p", {}, message), ...more);

/** Several documents share a code (another year, another province): let the user pick. */
export function choicesBox(code, choices, hrefOf) {
  return h("section", { class: "message info", role: "status" },
    h("h1", {}, `Có ${choices.length} văn bản mang số hiệu “${code}”`),
    h("p", {}, "Số hiệu chỉ là duy nhất trong một năm và một tỉnh. Hãy chọn văn bản:"),
    h("ul", {}, choices.map((d) => h("li", {}, h("a", { href: hrefOf(d.key), "data-nav": true },
      `${d.code ?? d.key} (${d.year ?? "không rõ năm"}, ${d.province ?? "trung ương"}${d.ingested ? "" : ", chỉ được trích dẫn"})`)))));
}
