// Element building without innerHTML: every string from the server goes in as text, never as markup.

/** h("a", { href: "/x", class: "c", onclick: fn }, "text", child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (name === "class") el.className = value;
    else if (name === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the content of the main region and moves focus there, so screen readers announce the new page. */
export function render(main, ...children) {
  main.replaceChildren();
  append(main, children);
}

/** A link handled by the client-side router (real URL, no reload). */
export const link = (href, ...children) => h("a", { href, "data-nav": true }, ...children);

/** Text with the search service's «marks» turned into <mark> elements. */
export function marked(text) {
  const parts = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(h("mark", {}, m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Offers data as a file download (CSV, JSON, PNG exports). */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
