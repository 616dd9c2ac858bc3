// The list view of a cascade (what a cascade of thousands shows instead of a graph), forced with ?view=list on the
// corpus's largest cascade: counts per level and province, pages of 50 with "Xem thêm", a province filter.
export default async function ({ page, base, key, shot, ready }) {
  if (!key) throw new Error("cascade-list needs --key");
  await page.goto(`${base}/cascade/${encodeURIComponent(key)}?view=list&depth=5`);
  await ready();
  await page.waitForSelector("#c-list-status[data-total]", { timeout: 60_000 });
  const byDepth = await page.$$eval("#c-by-depth li", (lis) => lis.map((li) => ({ depth: Number(li.dataset.depth), text: li.textContent })));
  const byProvince = await page.$$eval("#c-by-province li", (lis) => lis.map((li) => ({ province: li.dataset.province, text: li.textContent })));
  const firstPage = await page.locator(".cascade-list tbody tr").count();
  const total = Number(await page.getAttribute("#c-list-status", "data-total"));
  let afterMore = firstPage;
  if (await page.locator("#c-more").isVisible()) {
    await page.click("#c-more");
    await page.waitForFunction((n) => Number(document.querySelector("#c-list-status").dataset.shown) > n, firstPage);
    afterMore = await page.locator(".cascade-list tbody tr").count();
  }
  const rowKeys = await page.$$eval(".cascade-list tbody tr", (trs) => trs.map((tr) => tr.dataset.key));
  await shot("cascade-list");

  // The first province in the counts (the most documents): its link filters the list to that province.
  const provinceLink = page.locator("#c-by-province li a").first();
  const chosen = await provinceLink.evaluate((a) => a.closest("li").dataset.province);
  await provinceLink.click();
  await ready();
  await page.waitForSelector("#c-list-status[data-total]", { timeout: 60_000 });
  const filteredTotal = Number(await page.getAttribute("#c-list-status", "data-total"));
  const filteredProvinces = await page.$$eval(".cascade-list tbody tr td:nth-child(4)", (tds) => tds.map((td) => td.textContent));
  const url = page.url();
  // The way back to the graph.
  await page.click("#c-list-note a");
  await ready();
  await page.waitForSelector('#cy[data-ready="true"]', { timeout: 60_000 });
  const graphNodes = Number(await page.getAttribute("#cy", "data-nodes"));
  return { byDepth, byProvince, firstPage, total, afterMore, rowKeys, chosen, filteredTotal, filteredProvinces, url, graphNodes };
}
