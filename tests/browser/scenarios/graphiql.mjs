// GraphiQL at /graphql for a browser: the bundled page loads (no CDN) and runs a query against the API.
export default async function ({ page, base, shot }) {
  const response = await page.goto(`${base}/graphql`);
  const status = response.status();
  const contentType = response.headers()["content-type"];
  await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
  const editor = page.locator(".graphiql-query-editor .CodeMirror").first();
  await editor.click();
  await page.evaluate(() => document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.setValue("{ statistics { ingestedDocuments } }"));
  await page.locator(".graphiql-execute-button").click();
  await page.waitForFunction(() => /ingestedDocuments/.test(document.querySelector(".graphiql-response")?.textContent ?? ""), null, { timeout: 30_000 });
  const result = await page.textContent(".graphiql-response");
  await shot("graphiql");
  return { status, contentType, result: result.slice(0, 500) };
}
