// Theo dõi (watches): saved queries ("any new document implementing 57-NQ/TW in my province") that the server
// re-evaluates after each ingest; create one, list them, see what is new in each, mark it seen or delete it.
import { h, link, render } from "../dom.js";
import { watches, createWatch, markWatchSeen, deleteWatch, resolveDocument } from "../api.js";
import { docLabel, dateVi } from "../labels.js";
import { PROVINCES } from "../analysis/provinces.js";

export async function watchesPage(main, { params, isCurrent }) {
  document.title = "Theo dõi — Đồ thị văn bản";
  const list = await watches();
  if (!isCurrent()) return;
  const errors = h("div", { class: "form-errors", "aria-live": "assertive" });
  const field = (id, label, input, hint) => h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("p", { class: "meta", id: `${id}-hint` }, hint) : null);
  const doc = h("input", { id: "watch-doc", name: "document", type: "text", "aria-required": "true", value: params.get("doc") ?? "", "aria-describedby": "watch-doc-hint" });
  const province = h("select", { id: "watch-province", name: "province" }, h("option", { value: "" }, "Mọi tỉnh, thành phố"),
    [...PROVINCES].sort((a, b) => a.name.localeCompare(b.name, "vi")).map((p) => h("option", { value: p.name }, p.name)));
  const keyInput = h("input", { id: "watch-key", name: "apiKey", type: "password", autocomplete: "off", value: sessionStorage.getItem("kgApiKey") ?? "", "aria-describedby": "watch-key-hint" });
  const apiKey = () => { const k = keyInput.value.trim(); if (k) sessionStorage.setItem("kgApiKey", k); return k || null; };
  const fail = (message) => {
    doc.setAttribute("aria-invalid", "true");
    errors.replaceChildren(h("p", { role: "alert", class: "field-error" }, message));
    doc.focus();
  };
  // novalidate: the page names each problem in Vietnamese instead of the browser's own bubble.
  const form = h("form", { class: "watch-form", novalidate: true, "aria-labelledby": "watch-new-h", onsubmit: async (e) => {
    e.preventDefault();
    doc.removeAttribute("aria-invalid");
    const asked = doc.value.trim();
    if (!asked) { fail("Văn bản: hãy nhập số hiệu (ví dụ 57-NQ/TW) hoặc khóa của văn bản cần theo dõi."); return; }
    let found;
    try { found = await resolveDocument(asked); } catch (err) { fail(`Văn bản: ${err.message}`); return; }
    if (found.choices) { fail(`Văn bản: có ${found.choices.length} văn bản mang số hiệu “${asked}”; hãy nhập khóa của một văn bản: ${found.choices.map((d) => d.key).join(", ")}.`); return; }
    try {
      await createWatch({ key: found.document.key, province: province.value, apiKey: apiKey() });
    } catch (err) {
      const needsKey = /API key/i.test(err.message);
      if (needsKey) keyInput.setAttribute("aria-invalid", "true");
      errors.replaceChildren(h("p", { role: "alert", class: "field-error" }, needsKey
        ? `Khóa API: máy chủ cần khóa API đúng để lưu theo dõi (${keyInput.value.trim() ? "khóa đã nhập không đúng" : "chưa nhập khóa"}).`
        : `Không lưu được theo dõi: ${err.message}`));
      (needsKey ? keyInput : doc).focus();
      return;
    }
    window.kgNavigate("/watches");
  } },
  field("watch-doc", "Văn bản được thực hiện (số hiệu hoặc khóa)", doc, "Báo khi có văn bản mới thực hiện văn bản này."),
  field("watch-province", "Tỉnh, thành phố", province),
  field("watch-key", "Khóa API", keyInput, "Khóa của máy chủ (kg serve --api-key), cần để lưu, đánh dấu hoặc xóa; chỉ giữ trong thẻ trình duyệt này."),
  errors,
  h("button", { type: "submit" }, "Lưu theo dõi"));

  const act = (fn) => async () => {
    try { await fn(apiKey()); } catch (err) { errors.replaceChildren(h("p", { role: "alert", class: "field-error" }, `Không thực hiện được: ${err.message}`)); return; }
    window.kgNavigate("/watches", { replace: true });
  };
  render(main, h("h1", {}, "Theo dõi văn bản mới"),
    h("p", { class: "meta" }, "Máy chủ kiểm tra lại mọi theo dõi sau mỗi lần nạp văn bản."),
    h("section", { "aria-labelledby": "watch-new-h" }, h("h2", { id: "watch-new-h" }, "Tạo theo dõi"), form),
    h("section", { "aria-labelledby": "watch-list-h" }, h("h2", { id: "watch-list-h" }, `Các theo dõi đã lưu (${list.length})`),
      list.length === 0 ? h("p", { role: "status" }, "Chưa có theo dõi nào.")
        : h("ul", { class: "watch-list" }, list.map((w) => h("li", { class: "watch", dataset: { id: w.id, root: w.rootKey } },
          h("h3", {}, "Văn bản thực hiện ", link(`/doc/${encodeURIComponent(w.rootKey)}`, w.rootKey), ` · ${w.province ?? "mọi tỉnh, thành phố"}`),
          h("p", { class: "meta" }, `${w.foundCount} văn bản tìm thấy · lưu ngày ${dateVi(w.created)}`, w.evaluated ? ` · kiểm tra lần cuối ${dateVi(w.evaluated)}` : ""),
          (w.newDocuments ?? []).length === 0 ? h("p", { class: "no-new" }, "Không có văn bản mới.")
            : [h("p", {}, h("span", { class: "badge new" }, `${w.newDocuments.length} văn bản mới`)),
              h("ul", { class: "new-documents" }, w.newDocuments.map((d) => h("li", {}, link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 70)), ` (${d.province ?? "trung ương"}, ${dateVi(d.date) ?? "không rõ ngày"})`)))],
          h("div", { class: "exports", role: "group", "aria-label": "Thao tác" },
            (w.newDocuments ?? []).length ? h("button", { type: "button", class: "seen", onclick: act((k) => markWatchSeen(w.id, k)) }, "Đánh dấu đã xem") : null,
            h("button", { type: "button", class: "delete", onclick: act((k) => deleteWatch(w.id, k)) }, "Xóa theo dõi")))))));
}
