// The analysis pages of issue #10 over the seeds, on Chỉ thị 27-CT/TW: the cascade as of a date, deadlines (overdue
// as of 2026-11-23, the year's calendar and its .ics), coverage of the 34 provinces with evidence (keyboard), side by
// side with targets, a document's targets, watches (form checks) and a unit page; bad input on each page. Every
// analysis is the server's: the xunit side compares what the page shows with the GraphQL fields' answers.
// Screenshots of each page go to artifacts/.
import { readFile } from "node:fs/promises";

const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.replace(/\s+/g, " ").trim()));
const text = async (page, selector) => (await page.textContent(selector))?.replace(/\s+/g, " ").trim() ?? null;

// --key is the server's API key here (the watch mutations need it).
export default async function ({ page, base, key: apiKey, shot, ready }) {
  const code = encodeURIComponent("27-CT/TW");
  const o = {};

  // Cascade as of 1 May 2024: 163-KH/TU (16 Apr 2024) is in, 98/NQ-CP (26 Jun 2024) is not.
  await page.goto(`${base}/cascade/${code}`);
  await ready();
  o.cascadeAll = await texts(page, ".outline li[data-key]");
  await page.fill("#c-asof", "2024-05-01");
  await page.press("#c-asof", "Enter");
  await page.waitForURL(/asOf=2024-05-01/);
  await ready();
  o.cascadeAsOf = { url: page.url(), heading: await text(page, "main h1"), note: await text(page, ".asof-note"), outline: await texts(page, ".outline li[data-key]"),
    keys: await page.$$eval(".outline li[data-key]", (els) => els.map((e) => e.dataset.key)),
    label: await page.$eval("#c-asof", (i) => document.querySelector(`label[for="${i.id}"]`)?.textContent ?? null) };
  await shot("analysis-cascade-asof");
  await page.fill("#c-asof", "2024-02-30");
  await page.press("#c-asof", "Enter");
  await ready();
  o.cascadeBadDate = { error: await text(page, ".field-error"), invalid: await page.getAttribute("#c-asof", "aria-invalid"), outlineCount: (await texts(page, ".outline li[data-key]")).length };

  // Deadlines as of 23 Nov 2026.
  await page.goto(`${base}/deadlines/${code}?asOf=2026-11-23`);
  await ready();
  o.deadlines = {
    overdueCaption: await text(page, ".overdue-table caption").catch(() => null),
    overdue: await page.$$eval(".overdue-table tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent.trim()))),
    overdueKeys: await page.$$eval(".overdue-table tbody tr", (trs) => trs.map((tr) => `${tr.dataset.due} ${tr.dataset.task}`)),
    conflicts: await text(page, ".conflicts"),
    calendar: await texts(page, ".calendar-list li"),
    calendarKeys: await page.$$eval(".calendar-list li", (els) => els.map((e) => `${e.dataset.due} ${e.dataset.task}`)),
  };
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.ics")]);
  o.deadlines.ics = { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  await shot("analysis-deadlines");
  await page.fill("#asOf", "23/11/2026");
  await page.press("#asOf", "Enter");
  await ready();
  o.deadlinesBadDate = { url: page.url(), error: await text(page, ".field-error"), overdueRows: (await page.$$(".overdue-table tbody tr")).length };

  // Coverage: the grid and the table; Lạng Sơn chosen with the keyboard shows its documents and evidence.
  await page.goto(`${base}/coverage/${code}`);
  await ready();
  o.coverage = {
    status: await text(page, "main .count"),
    tiles: await page.$$eval(".province-grid .tile", (els) => els.map((e) => ({ name: e.dataset.province, yes: e.classList.contains("yes"), label: e.getAttribute("aria-label") }))),
    rowsYes: await page.$$eval(".coverage-table tbody tr.yes", (trs) => trs.map((tr) => ({ province: tr.dataset.province, docs: [...tr.querySelectorAll("td:nth-child(3) a")].map((a) => a.textContent) }))),
    rowCount: (await page.$$(".coverage-table tbody tr")).length,
  };
  await page.focus('.province-grid .tile[data-province="Lạng Sơn"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector(".coverage-detail h2");
  o.coverage.focusedDetail = await page.evaluate(() => document.activeElement?.classList.contains("coverage-detail"));
  o.coverage.detailHeading = await text(page, ".coverage-detail h2");
  o.coverage.detailDocs = await texts(page, ".coverage-detail .evidence-list > li > a");
  o.coverage.assignees = await page.$$eval(".coverage-detail li.assignee", (els) => els.map((e) => ({ unit: e.dataset.unit, state: e.classList.contains("group") ? "group" : e.classList.contains("yes") ? "yes" : "no", text: e.textContent })));
  o.coverage.assigneesHeading = await text(page, "#assignees-h").catch(() => null);
  const summary = page.locator(".coverage-detail details.evidence summary").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  o.coverage.evidence = await text(page, ".coverage-detail details.evidence[open] blockquote");
  await shot("analysis-coverage");
  await page.click('.province-grid .tile[data-province="Cà Mau"]');
  o.coverage.noDetail = await text(page, ".coverage-detail");

  // Side by side: Lạng Sơn and Hải Phòng, then bad lists.
  await page.goto(`${base}/compare/${code}?provinces=${encodeURIComponent("Lạng Sơn,Hải Phòng")}`);
  await ready();
  o.compare = {
    columns: await page.$$eval(".compare-table thead th", (ths) => ths.map((th) => th.childNodes[0]?.textContent ?? "")),
    rows: await page.$$eval(".compare-table tbody tr", (trs) => trs.map((tr) => ({ domain: tr.querySelector("th")?.textContent, domainKey: tr.dataset.domain,
      cells: [...tr.querySelectorAll("td")].map((td) => td.querySelectorAll("li.task").length),
      tasks: [...tr.querySelectorAll("td")].map((td) => [...td.querySelectorAll("li.task")].map((li) => li.dataset.key)),
      targets: [...tr.querySelectorAll("td")].map((td) => [...td.querySelectorAll("li.target")].map((li) => ({ key: li.dataset.key, shown: li.querySelector(".target-value")?.textContent, text: li.textContent }))) }))),
    checked: await page.$$eval(".province-picker input:checked", (els) => els.map((e) => e.value)),
  };
  await shot("analysis-compare");
  await page.goto(`${base}/compare/${code}?provinces=${encodeURIComponent("Lạng Sơn")}`);
  await ready();
  o.compareOne = await text(page, ".field-error");
  await page.goto(`${base}/compare/${code}?provinces=${encodeURIComponent("Lạng Sơn,Atlantis")}`);
  await ready();
  o.compareUnknown = await text(page, ".field-error");
  await page.goto(`${base}/compare/${code}?provinces=${encodeURIComponent("Bắc Giang,Bắc Ninh")}`);
  await ready();
  o.compareSame = await text(page, ".field-error");

  // Document page of the Lạng Sơn anti-waste seed plan (001): its chỉ tiêu, each marked in the full text.
  const seeds = await page.evaluate(async () => {
    const r = await fetch("/graphql", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: '{ documents(province: "Lạng Sơn", ingested: true, first: 50) { nodes { key sourceFile } } }' }) });
    return (await r.json()).data.documents.nodes;
  });
  const antiWaste = seeds.find((d) => d.sourceFile?.startsWith("001_"));
  await page.goto(`${base}/doc/${encodeURIComponent(antiWaste.key)}`);
  await ready();
  o.documentTargets = { key: antiWaste.key, heading: await text(page, "#targets-h"),
    items: await page.$$eval(".target-list li.target", (els) => els.map((e) => ({ value: e.dataset.value, unit: e.dataset.unit, shown: e.querySelector(".target-value")?.textContent, text: e.textContent }))),
    marks: await texts(page, ".doc-text mark.target-span") };
  await page.locator(".target-list li.target a.to-text").first().click();
  o.documentTargets.hash = await page.evaluate(() => location.hash);
  await page.locator("#targets-h").scrollIntoViewIfNeeded();
  await shot("analysis-document-targets");

  // Watches: the form's checks (empty, a code that does not exist), then a watch on 27-CT/TW in Lạng Sơn: saved,
  // listed with what it found, marked seen, deleted.
  await page.goto(`${base}/watches`);
  await ready();
  o.watches = { labels: await texts(page, ".watch-form label") };
  await page.click(".watch-form button[type=submit]");
  await page.waitForSelector(".form-errors .field-error");
  o.watches.empty = await text(page, ".form-errors");
  o.watches.focused = await page.evaluate(() => document.activeElement?.id);
  await page.fill("#watch-doc", "9999/XYZ-ABC");
  await page.press("#watch-doc", "Enter");
  await page.waitForFunction(() => document.querySelector(".form-errors")?.textContent.includes("9999/XYZ-ABC"));
  o.watches.unknown = await text(page, ".form-errors");
  await page.fill("#watch-doc", "27-CT/TW");
  await page.selectOption("#watch-province", "Lạng Sơn");
  await page.click(".watch-form button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".form-errors")?.textContent.includes("Khóa API"));
  o.watches.noKey = { error: await text(page, ".form-errors"), focused: await page.evaluate(() => document.activeElement?.id) };
  await page.fill("#watch-key", apiKey ?? "");
  await page.click(".watch-form button[type=submit]");
  await page.waitForSelector(".watch-list li.watch");
  await ready();
  const watch = page.locator(".watch-list li.watch").last();
  o.watches.created = { root: await watch.getAttribute("data-root"), heading: await text(page, ".watch-list li.watch:last-child h3"),
    newDocuments: await page.$$eval(".watch-list li.watch:last-child .new-documents li", (els) => els.map((e) => e.textContent)) };
  await shot("analysis-watches");
  await watch.locator("button.seen").click();
  await page.waitForSelector(".watch-list li.watch:last-child .no-new");
  o.watches.afterSeen = await text(page, ".watch-list li.watch:last-child .no-new");
  const count = (await page.$$(".watch-list li.watch")).length;
  await page.locator(".watch-list li.watch").last().locator("button.delete").click();
  await page.waitForFunction((n) => document.querySelectorAll(".watch-list li.watch").length === n - 1, count);
  o.watches.deleted = true;

  // Unit page: Sở Tài chính of Lạng Sơn, reached from the side panel of the cascade; each row says whom it was given to
  // (the unit itself, or a predecessor unit when the server's unit registry knows one).
  await page.goto(`${base}/cascade/${code}`);
  await ready();
  await page.locator(".side-panel section.unit-group[aria-label='Sở Tài chính'] h3 a").first().click();
  await page.waitForURL(/\/unit\//);
  await ready();
  o.unit = { heading: await text(page, "main h1"), columns: await texts(page, ".tasks-table thead th"),
    givenTo: await texts(page, ".tasks-table tbody td:nth-child(4)"), note: await text(page, ".unit [role=note]").catch(() => null),
    predecessors: await text(page, ".predecessors").catch(() => null) };
  await shot("analysis-unit");

  // Unknown document on an analysis page: a message, never a blank page.
  await page.goto(`${base}/coverage/${encodeURIComponent("9999/XYZ-ABC")}`);
  await ready();
  o.coverageUnknown = await text(page, "main [role=alert]");
  return o;
}
