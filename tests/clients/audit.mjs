// Runs the graphql-http audit suite (GraphQL over HTTP conformance) against a server and prints the results as JSON:
//   node audit.mjs http://127.0.0.1:5080/graphql
// Output: {"url": ..., "results": [{"id", "name", "level": "MUST"|"SHOULD"|"MAY", "status": "ok"|"notice"|"warn"|"error", "reason"}]}
// Exit code 0 when every MUST audit passed, 1 otherwise, 2 on a usage or connection problem.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs GRAPHQL_URL');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  let r;
  try {
    r = await audit.fn();
  } catch (e) {
    console.error(`audit ${audit.id} (${audit.name}) could not run: ${e?.message ?? e}`);
    process.exit(2);
  }
  const level = audit.name.split(' ')[0];
  results.push({ id: r.id, name: r.name, level, status: r.status, reason: r.status === 'ok' ? null : r.reason });
}
console.log(JSON.stringify({ url, results }, null, 2));
process.exit(results.some(r => r.level === 'MUST' && r.status !== 'ok') ? 1 : 0);
