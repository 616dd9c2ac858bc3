// Coverage of one central document (--key) over the 34 provinces: the grid's yes tiles, the table, and each yes
// province's evidence opened with the keyboard. Used over the corpus for 57-NQ/TW and 71/NQ-CP.
export default async function ({ page, base, key, shot, ready }) {
  await page.goto(`${base}/coverage/${encodeURIComponent(key)}`);
  await ready();
  const heading = (await page.textContent("main h1"))?.trim();
  const status = (await page.textContent("main .count"))?.trim();
  const yes = await page.$$eval(".province-grid .tile.yes", (els) => els.map((e) => e.dataset.province));
  const table = await page.$$eval(".coverage-table tbody tr.yes", (trs) => trs.map((tr) => ({
    province: tr.dataset.province, documents: [...tr.querySelectorAll("td:nth-child(3) a")].map((a) => decodeURIComponent(a.getAttribute("href").slice("/doc/".length))),
  })));
  const details = [];
  for (const province of yes) {
    await page.focus(`.province-grid .tile[data-province="${province}"]`);
    await page.keyboard.press("Enter");
    await page.waitForFunction((p) => document.querySelector(".coverage-detail h2")?.textContent.startsWith(p), province);
    details.push({ province, heading: (await page.textContent(".coverage-detail h2")).trim(),
      evidence: await page.$$eval(".coverage-detail details.evidence blockquote p", (els) => els.map((e) => e.textContent)) });
  }
  await shot(`coverage-${key.replace(/[^\w]+/g, "-")}`);
  return { heading, status, yes, table, details };
}
