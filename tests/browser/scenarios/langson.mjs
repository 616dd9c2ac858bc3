// The Lạng Sơn plan on the 2035 anti-waste strategy: found by search, its tasks by unit (Sở Tài chính), relations
// with evidence, citations in the text; then the unit page of Sở Tài chính.
export default async function ({ page, base, shot, ready }) {
  await page.goto(`${base}/search?q=${encodeURIComponent("chien luoc quoc gia phong chong lang phi 2035")}&province=${encodeURIComponent("Lạng Sơn")}`);
  await ready();
  const hit = page.locator(".hit", { hasText: "2035" }).filter({ hasText: "UBND tỉnh Lạng Sơn" }).filter({ hasNotText: "chỉ được trích dẫn" }).first();
  await hit.locator("h3 a").click();
  await page.waitForURL(/\/doc\//);
  await ready();
  const heading = await page.textContent("main h1");
  const metadata = await page.$$eval(".meta-list dt, .meta-list dd", (els) => els.map((e) => e.textContent));
  const units = await page.$$eval(".unit-group", (els) => els.map((e) => ({
    name: e.getAttribute("aria-label"),
    href: e.querySelector("h3 a")?.getAttribute("href"),
    tasks: [...e.querySelectorAll("li.task")].map((t) => t.textContent),
  })));
  const implementsList = await page.$$eval(".relations .two-cols > section:nth-child(1) li.relation", (els) => els.map((e) => e.textContent));
  // Hover shows the evidence (title); a click opens it.
  const relation = page.locator(".relations li.relation", { hasText: "806/QĐ-TTg" }).first();
  const summary = relation.locator("details.evidence summary");
  await summary.hover();
  const evidenceHover = await summary.getAttribute("title");
  await summary.click();
  const evidenceOpen = await relation.locator("details.evidence[open] blockquote").textContent();
  const citations = await page.$$eval(".doc-text a.citation", (els) => els.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
  await page.locator("section.unit-group[aria-label='Sở Tài chính']").scrollIntoViewIfNeeded();
  await shot("document");

  await page.locator("section.unit-group[aria-label='Sở Tài chính'] h3 a").click();
  await page.waitForURL(/\/unit\//);
  await ready();
  const unitHeading = await page.textContent("main h1");
  const unitRows = await page.$$eval(".tasks-table tbody tr", (els) => els.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  await shot("unit");
  return { heading, metadata, units, implementsList, evidenceHover, evidenceOpen, citations, unitHeading, unitRows, unitUrl: page.url() };
}
