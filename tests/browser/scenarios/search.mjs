// Search "lang phi" typed without diacritics, from the home page, with the keyboard; then a facet; then reload.
const hitsOf = (page) => page.$$eval(".hit", (els) => els.map((e) => ({
  title: e.querySelector("h3")?.textContent ?? "",
  href: e.querySelector("h3 a")?.getAttribute("href") ?? "",
  meta: e.querySelector(".meta")?.textContent ?? "",
  marks: [...e.querySelectorAll(".snippet mark")].map((m) => m.textContent),
})));

export default async function ({ page, base, shot, ready }) {
  await page.goto(`${base}/`);
  await ready();
  await page.getByLabel("Tìm văn bản (có dấu hoặc không dấu, hoặc số hiệu)").fill("lang phi");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=lang\+phi/);
  await ready();
  const hits = await hitsOf(page);
  const count = await page.textContent(".results .count");
  const facets = await page.$$eval(".facet", (els) => els.map((e) => ({ name: e.querySelector("h2").textContent, values: [...e.querySelectorAll("li")].map((li) => li.textContent.trim()) })));
  const pager = await page.$$eval(".pager a", (els) => els.map((a) => a.textContent));
  await shot("search");

  // Paging: the next page is another set of hits, and its number is in the URL.
  await page.getByRole("link", { name: "Trang sau" }).first().click();
  await page.waitForURL(/page=2/);
  await ready();
  const page2 = { url: page.url(), count: await page.textContent(".results .count"), hits: await hitsOf(page) };

  // A facet narrows the search and goes into the URL; the URL alone gives the same page again.
  const facetLink = page.locator(".facet", { hasText: "Tỉnh, thành phố" }).getByRole("link", { name: /Lạng Sơn/ }).first();
  await facetLink.click();
  await page.waitForURL(/province=/);
  await ready();
  const filteredUrl = page.url();
  const filteredCount = await page.textContent(".results .count");
  const filteredHits = await hitsOf(page);
  await page.goto(filteredUrl);
  await ready();
  const reloadedHits = await hitsOf(page);
  return { url: filteredUrl, count, hits, facets, pager, page2, filteredCount, filteredHits, reloadedHits };
}
