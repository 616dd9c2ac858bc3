// Bad input never gives a blank page: empty search, unknown code (document and cascade), unknown unit,
// a server error (HTTP 500) and a server that cannot be reached.
export default async function ({ page, base, shot, ready }) {
  const seen = {};
  const read = async (name) => {
    await ready();
    const alert = page.locator("[role=alert]").first();
    seen[name] = { alert: (await alert.count()) ? (await alert.textContent()).trim() : null, mainText: (await page.textContent("main")).trim().slice(0, 400) };
    await shot(`bad-${name}`);
  };

  await page.goto(`${base}/search`);
  await ready();
  await page.getByRole("button", { name: "Tìm" }).click();
  await page.waitForURL(/\/search\?q=$/);
  await read("empty-search");
  seen["empty-search"].focused = await page.evaluate(() => document.activeElement?.id);

  await page.goto(`${base}/doc/${encodeURIComponent("999-XX/ZZ")}`);
  await read("unknown-code");
  await page.goto(`${base}/cascade/${encodeURIComponent("999-XX/ZZ")}`);
  await read("unknown-cascade");
  await page.goto(`${base}/unit/${encodeURIComponent("khong-co-don-vi|nowhere")}`);
  await read("unknown-unit");

  await page.route("**/graphql", (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" }));
  await page.goto(`${base}/search?q=lang+phi`);
  await read("server-error");
  await page.unroute("**/graphql");

  await page.route("**/graphql", (route) => route.abort("connectionrefused"));
  await page.goto(`${base}/doc/${encodeURIComponent("27-CT/TW")}`);
  await read("server-unreachable");
  await page.unroute("**/graphql");
  return seen;
}
