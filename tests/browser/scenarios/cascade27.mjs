// 27-CT/TW: found by its code, its (cited-only) document page, then its cascade with 98/NQ-CP; evidence, filters, exports.
import { readFileSync } from "node:fs";

export default async function ({ page, base, shot, ready }) {
  await page.goto(`${base}/search?q=${encodeURIComponent("27-CT/TW")}`);
  await ready();
  await page.locator(".hit h3 a", { hasText: "27-CT/TW" }).first().click();
  await page.waitForURL(/\/doc\//);
  await ready();
  const docHeading = await page.textContent("main h1");
  const citedBy = await page.$$eval("section[aria-labelledby=cited-h] li", (els) => els.map((e) => e.textContent));
  const implementedBy = await page.$$eval(".relations .two-cols > section:nth-child(2) li.relation", (els) => els.map((e) => e.textContent));
  await shot("document-cited-only");

  await page.getByRole("link", { name: "Chuỗi triển khai (xuống)" }).click();
  await page.waitForURL(/\/cascade\//);
  await ready();
  await page.waitForSelector('#cy[data-ready="true"]');
  const cascadeHeading = await page.textContent("main h1");
  const outline = await page.$$eval(".outline li[data-key]", (els) => els.map((e) => e.textContent));
  const status = await page.textContent(".cascade-head .count");
  const panelUnits = await page.$$eval(".side-panel .unit-group h3", (els) => els.map((e) => e.textContent));
  await shot("cascade");

  // Keyboard: focus 98/NQ-CP in the outline, Enter, read the panel and open the evidence.
  const item = page.locator(".outline li[data-key] button", { hasText: "98/NQ-CP" }).first();
  await item.focus();
  await page.keyboard.press("Enter");
  const panelHeading = await page.textContent(".side-panel h2");
  const evidenceTitle = await page.locator(".side-panel details.evidence summary").first().getAttribute("title");
  await page.locator(".side-panel details.evidence summary").first().press("Enter");
  const evidenceShown = await page.locator(".side-panel details.evidence[open] blockquote").first().textContent();
  await shot("cascade-selected");

  // Colour by province: the legend follows.
  await page.selectOption("#c-color", "province");
  const legendHeading = await page.textContent(".legend h2");
  const legend = await page.$$eval(".legend li", (els) => els.map((e) => e.textContent.trim()));

  // Collapse level 1: only the root stays.
  await page.locator(".level-toggle[value='1']").uncheck();
  const afterCollapse = await page.textContent(".cascade-head .count");
  await page.locator(".level-toggle[value='1']").check();
  const afterExpand = await page.textContent(".cascade-head .count");

  const exported = {};
  for (const [button, kind] of [["Xuất CSV", "csv"], ["Xuất JSON", "json"], ["Xuất PNG", "png"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    exported[kind] = { name: download.suggestedFilename(), size: bytes.length,
      text: kind === "png" ? bytes.subarray(1, 4).toString("latin1") : bytes.toString("utf8").slice(0, 20000) };
  }
  return { docHeading, citedBy, implementedBy, cascadeHeading, outline, status, panelUnits, panelHeading, evidenceTitle, evidenceShown,
    legendHeading, legend, afterCollapse, afterExpand, exported, url: page.url() };
}
