// The largest cascade of the corpus: time to first draw, then the page still answers clicks, filters and zoom.
export default async function ({ page, base, key, shot, ready }) {
  if (!key) throw new Error("large needs --key");
  const url = `${base}/cascade/${encodeURIComponent(key)}`;
  const box = page.locator("#cy");
  const load = async () => {
    await page.goto(url);
    await ready();
    await page.waitForSelector('#cy[data-ready="true"]', { timeout: 60_000 });
    return box.evaluate((el) => ({ ...el.dataset }));
  };
  // Cold: the first request to a fresh server (JIT, caches); warm: the same page loaded again, as an analyst sees it.
  const cold = await load();
  const draw = await load();
  const status = await page.textContent(".cascade-head .count");
  const outlineCount = await page.locator(".outline li[data-key]").count();
  await shot("cascade-large");

  // Usable: zoom and pan on the canvas, then select a deep document from the outline and read the panel.
  const r = await box.boundingBox();
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.mouse.wheel(0, -400);
  await page.mouse.down(); await page.mouse.move(r.x + r.width / 2 + 80, r.y + r.height / 2 + 40); await page.mouse.up();
  const deepest = page.locator(".outline details").last();
  await deepest.evaluate((d) => { d.open = true; });
  const target = deepest.locator("li[data-key] button").first();
  const t0 = Date.now();
  await target.click();
  await page.waitForFunction(() => document.querySelector(".side-panel h2")?.textContent !== "Đơn vị và nhiệm vụ");
  const selectMs = Date.now() - t0;
  const panelHeading = await page.textContent(".side-panel h2");
  const t1 = Date.now();
  await page.locator(".level-toggle").first().uncheck();
  const collapsed = await page.textContent(".cascade-head .count");
  const collapseMs = Date.now() - t1;
  const frame = await page.evaluate(() => new Promise((res) => { const s = performance.now(); requestAnimationFrame(() => requestAnimationFrame(() => res(performance.now() - s))); }));
  return { cold, draw, status, outlineCount, selectMs, collapseMs, frameMs: Math.round(frame), panelHeading, collapsed, targetText: await target.textContent() };
}
