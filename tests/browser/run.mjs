// Runs one browser scenario against a running `kg serve` and prints what it observed as one JSON line.
//   node run.mjs SCENARIO --base http://127.0.0.1:PORT --out ARTIFACTS_DIR [--key DOCUMENT_KEY]
// The scenario drives the page like a user (keyboard and mouse) and reports what the page shows; the xunit side
// (tests/KnowledgeGraph.Tests/Ui) decides what is right. Debian's Chromium only: no browser is ever downloaded.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const CHROMIUM = "/usr/bin/chromium";
const { positionals, values } = parseArgs({ allowPositionals: true, options: { base: { type: "string" }, out: { type: "string" }, key: { type: "string" } } });
const [name] = positionals;
const fail = (message) => { console.log(JSON.stringify({ ok: false, error: message })); process.exit(1); };
if (!name || !values.base || !values.out) fail("usage: node run.mjs SCENARIO --base URL --out DIR [--key KEY]");
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run bash tests/browser/setup.sh`);
let chromium;
try { ({ chromium } = await import("playwright-core")); } catch { fail("playwright-core is not installed in tests/browser/node_modules: run bash tests/browser/setup.sh"); }
const scenario = (await import(`./scenarios/${name}.mjs`)).default;

mkdirSync(values.out, { recursive: true });
// --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "vi-VN", acceptDownloads: true });
const page = await context.newPage();
const consoleErrors = [];
page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
// The UI must never reach outside the server (no CDN, no web fonts).
const foreign = [];
page.on("request", (r) => { if (!r.url().startsWith(values.base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) foreign.push(r.url()); });

const shot = async (file) => {
  const path = join(values.out, `${file}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
};
/** The page finished routing: the app marks <main> ready and not busy. */
const ready = (p = page) => p.waitForSelector('main[data-ready="true"]:not([aria-busy])', { timeout: 30_000 });

try {
  const observed = await scenario({ page, context, base: values.base, key: values.key, out: values.out, shot, ready });
  console.log(JSON.stringify({ ok: true, observed: { ...observed, consoleErrors, foreignRequests: foreign } }));
} catch (e) {
  await shot(`${name}-failure`).catch(() => {});
  console.log(JSON.stringify({ ok: false, error: String(e?.stack ?? e), consoleErrors, url: page.url() }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
