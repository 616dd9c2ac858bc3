// Mixed GraphQL load against a running server, from a second process (the soak of issue #8).
//
//   node soak.mjs CONFIG.json
//
// CONFIG: { "url": "http://127.0.0.1:PORT", "connections": 8, "seconds": 300 }, optionally with its own
//         "requests": [ { "name": "...", "method": "POST", "path": "/graphql", "body": "{...}" }, ... ];
//         without them, the mix in soak-mix.json beside this script.
// Each connection sends the requests in order, round and round, for the duration. A response counts as an error
// when its status is not 2xx, when it times out, or when its JSON body carries "errors" (verifyBody: a GraphQL
// error comes with status 200 under application/json). Writes one JSON object to stdout: totals, latency
// percentiles, and one row per 10 s window so the caller can see whether the server slowed down over time.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
config.requests ??= JSON.parse(readFileSync(new URL('./soak-mix.json', import.meta.url), 'utf8')).requests;
if (!config.url || !Array.isArray(config.requests) || config.requests.length === 0) {
  console.error(`${process.argv[2]}: needs "url" and a non-empty "requests" list`);
  process.exit(2);
}

function bodyIsClean(body) {
  if (body.length === 0) return false;
  if (body[0] !== '{') return true; // HTML and iCalendar pages: the status decides
  try { return !JSON.parse(body).errors; } catch { return false; }
}

const windows = [];
let current = { requests: 0, errors: 0, latencies: [] };
let ticks = 0;

const instance = autocannon({
  url: config.url,
  connections: config.connections ?? 8,
  duration: config.seconds ?? 300,
  timeout: 30,
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
  verifyBody: bodyIsClean,
  requests: config.requests.map(r => ({ method: r.method ?? 'POST', path: r.path ?? '/graphql', body: r.body })),
});

instance.on('response', (client, statusCode, bytes, responseTime) => {
  current.requests++;
  if (statusCode < 200 || statusCode >= 300) current.errors++;
  current.latencies.push(responseTime);
});
instance.on('reqError', () => { current.errors++; });
instance.on('tick', () => {
  if (++ticks % 10 !== 0) return;
  const sorted = current.latencies.sort((a, b) => a - b);
  const pct = p => sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  windows.push({ second: ticks, requests: current.requests, errors: current.errors, p50: pct(0.5), p99: pct(0.99) });
  process.stderr.write(`soak ${ticks}s: ${current.requests} requests, ${current.errors} errors, p99 ${pct(0.99)} ms\n`);
  current = { requests: 0, errors: 0, latencies: [] };
});

instance.on('done', result => {
  process.stdout.write(JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    windows,
  }) + '\n');
});
