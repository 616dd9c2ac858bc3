// Client-side routing with real URLs: /search?q=…, /doc/<key>, /cascade/<key>?asOf=, /unit/<key>,
// /coverage/<key>, /deadlines/<key>?asOf=, /compare/<key>?provinces=A,B, /watches.
// The server answers every one of these paths with index.html; this file picks the page.
import { h, render } from "./dom.js";
import { errorBox } from "./pages/messages.js";
import { searchPage } from "./pages/search.js";
import { documentPageView } from "./pages/document.js";
import { cascadePage } from "./pages/cascade.js";
import { unitPage } from "./pages/unit.js";
import { coveragePage } from "./pages/coverage.js";
import { deadlinesPage } from "./pages/deadlines.js";
import { comparePage } from "./pages/compare.js";
import { watchesPage } from "./pages/watches.js";
import "./styles.css";

const main = document.getElementById("main");
const routes = [
  [/^\/(?:search)?\/?$/, () => searchPage],
  [/^\/doc\/(.+)$/, () => documentPageView],
  [/^\/cascade\/(.+)$/, () => cascadePage],
  [/^\/unit\/(.+)$/, () => unitPage],
  [/^\/coverage\/(.+)$/, () => coveragePage],
  [/^\/deadlines\/(.+)$/, () => deadlinesPage],
  [/^\/compare\/(.+)$/, () => comparePage],
  [/^\/watches\/?$/, () => watchesPage],
];

let generation = 0;

async function route() {
  const mine = ++generation;
  const { pathname, searchParams } = new URL(location.href);
  const match = routes.map(([re, page]) => [re.exec(pathname), page]).find(([m]) => m);
  main.setAttribute("aria-busy", "true");
  render(main, h("p", { class: "loading" }, "Đang tải…"));
  try {
    if (!match) {
      document.title = "Không có trang này — Đồ thị văn bản";
      render(main, errorBox("Không có trang này", `Địa chỉ “${pathname}” không thuộc ứng dụng.`, h("a", { href: "/", "data-nav": true }, "Về trang tìm kiếm")));
      return;
    }
    const [m, page] = match;
    const arg = m[1] !== undefined ? decodeURIComponent(m[1]) : undefined;
    // A newer navigation wins: a slow answer for an old URL must not replace the current page.
    await page()(main, { arg, params: searchParams, isCurrent: () => mine === generation });
  } catch (e) {
    if (mine !== generation) return;
    if (!e.kind) console.error(e); // an API failure is explained on the page; anything else is a bug worth logging
    render(main, errorBox(e.kind === "notFound" ? "Không tìm thấy" : "Có lỗi", e.message, e.details ? h("pre", { class: "details" }, e.details) : null,
      h("p", {}, h("a", { href: "/", "data-nav": true }, "Về trang tìm kiếm"))));
  } finally {
    if (mine === generation) {
      main.removeAttribute("aria-busy");
      main.dataset.ready = "true";
    }
  }
}

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  route();
}
window.kgNavigate = navigate;

document.addEventListener("click", (e) => {
  const a = e.target.closest?.("a[data-nav]");
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
  main.focus({ preventScroll: false });
});
window.addEventListener("popstate", route);
window.addEventListener("unhandledrejection", (e) => {
  render(main, errorBox("Có lỗi", "Trang gặp lỗi không mong đợi. Hãy tải lại trang.", h("pre", { class: "details" }, String(e.reason))));
});
route();
