// Every call the UI makes to the GraphQL API (/graphql) is in this file: one place to follow the schema
// (api/KnowledgeGraph.Api/GraphQL/schema.graphql).

/** A failure the page can explain: kind is "network", "http", "graphql" or "notFound". */
export class ApiError extends Error {
  constructor(kind, message, details) {
    super(message);
    this.kind = kind;
    this.details = details;
  }
}

export async function gql(query, variables = {}, { apiKey } = {}) {
  let response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json", ...(apiKey ? { "X-Api-Key": apiKey } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError("network", "Không kết nối được tới máy chủ. Hãy kiểm tra rằng `kg serve` đang chạy rồi tải lại trang.", String(e));
  }
  let body = null;
  const text = await response.text();
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON: a proxy or a crash page */ }
  const messages = (body?.errors ?? []).map((e) => e.message).filter(Boolean);
  if (response.status >= 500 || (!response.ok && !body?.errors)) {
    throw new ApiError("http", `Máy chủ gặp lỗi (HTTP ${response.status}). Hãy thử lại sau; nếu lỗi lặp lại, báo cho quản trị viên.`,
      messages.join("\n") || text.slice(0, 500));
  }
  if (messages.length > 0 && !body?.data) {
    throw new ApiError("graphql", `Máy chủ từ chối yêu cầu: ${messages.join("; ")}`, messages.join("\n"));
  }
  if (messages.length > 0) console.warn("GraphQL errors", messages);
  return body.data;
}

const DOC = `key code type title issuer province date year ingested`;
const EVIDENCE = `evidence { sourceKey start end sentence confidence decidedBy }`;
const TARGET = `key documentKey ordinal value unit text start end`;
const TASK = `key documentKey ordinal text section kind domain
  deadline { text date recurrence monthDay }
  lead { key name province } support { key name province }`;

// The UI's own shapes, kept apart from the schema's names: evidence.source, edge.from/to, task.document.
const evidence = (e) => (e ? { source: e.sourceKey, start: e.start, end: e.end, sentence: e.sentence, confidence: e.confidence, decidedBy: e.decidedBy } : null);
const edge = (r) => ({ type: r.type, from: r.fromKey, to: r.toKey, score: r.score, evidence: evidence(r.evidence), fromDoc: r.from, toDoc: r.to });
const task = (t) => ({ ...t, document: t.documentKey });

export async function search({ q, type, issuer, province, year, offset, limit }) {
  const data = await gql(`query Search($q: String, $type: String, $issuer: String, $province: String, $year: Int, $offset: Int, $limit: Int) {
    search(query: $q, type: $type, issuer: $issuer, province: $province, year: $year, offset: $offset, limit: $limit) {
      total notes
      hits { key code type title issuer province date source snippets citedBy { key code title } }
      facets { type { value count } issuer { value count } province { value count } year { value count } }
    }
  }`, { q: q || null, type: type || null, issuer: issuer || null, province: province || null, year: year ? Number(year) : null, offset, limit });
  return data.search;
}

/** A document by key, or else by code (any spelling); several matches come back as `choices`.
 * Two requests in parallel (the document with its text, citations and tasks; its relations), each within the
 * server's complexity limit. */
export async function documentPage(keyOrCode) {
  const BRIEF = `key code type title ingested`;
  const [main, rel] = await Promise.all([
    gql(`query Doc($key: String!) {
      document(key: $key) {
        ${DOC} signer sourceFile text
        citations { key code type spans { start end } }
        tasks { ${TASK} }
        targets { ${TARGET} }
      }
    }`, { key: keyOrCode }),
    gql(`query DocRelations($key: String!) {
      document(key: $key) {
        relationsOut { type fromKey toKey to { ${BRIEF} } ${EVIDENCE} }
        relationsIn { type fromKey toKey from { ${BRIEF} } ${EVIDENCE} }
        citedBy { type fromKey toKey from { ${BRIEF} } ${EVIDENCE} }
      }
    }`, { key: keyOrCode }),
  ]);
  const d = main.document;
  if (d && rel.document) {
    const r = rel.document;
    return { document: {
      ...d,
      // One entry per mention: the text marks every span of every citation.
      citations: d.citations.flatMap((c) => c.spans.map((s) => ({ start: s.start, end: s.end, key: c.key, target: { key: c.key, code: c.code, type: c.type } }))),
      relationsOut: r.relationsOut.map((x) => ({ ...edge(x), target: x.to ?? { key: x.toKey } })),
      relationsIn: r.relationsIn.map((x) => ({ ...edge(x), source: x.from ?? { key: x.fromKey } })),
      citedBy: r.citedBy.map((x) => ({ ...edge(x), document: x.from ?? { key: x.fromKey } })),
      tasks: d.tasks.map(task),
    } };
  }
  return byCodeOr(keyOrCode, (d) => documentPage(d.key));
}

async function byCode(code) {
  const data = await gql(`query ByCode($code: String!) { documentsByCode(code: $code) { ${DOC} } }`, { code });
  return data.documentsByCode ?? [];
}

/** Nothing under that key: `again` of the one document with that code, several to choose from, or a notFound error naming the input. */
async function byCodeOr(keyOrCode, again) {
  const choices = await byCode(keyOrCode);
  if (choices.length === 1) return again(choices[0]);
  if (choices.length > 1) return { choices };
  throw new ApiError("notFound", `Không tìm thấy văn bản có số hiệu hoặc khóa “${keyOrCode}”.`);
}

/**
 * One cascade or lineage query around a selection: the field by direction, the as-of date (down only: the server's
 * cascade as it stood then, CascadeTree.AsOf, not a filter in the page) and the variables every walk takes.
 * Resolves to the walk, or null when no document has that key.
 */
async function walkQuery(name, keyOrCode, { direction = "DOWN", depth = 5, relationTypes, asOf }, selection, extra = { decl: "", vars: {} }) {
  const field = direction === "UP" ? "lineage" : "cascade";
  const dated = direction !== "UP" && asOf;
  const data = await gql(`query ${name}($key: String!, $depth: Int, $types: [RelationType!]${dated ? ", $asOf: DateOnly" : ""}${extra.decl}) {
    walk: ${field}(key: $key, depth: $depth, types: $types${dated ? ", asOf: $asOf" : ""}) { ${selection} }
  }`, { key: keyOrCode, depth, types: relationTypes, ...(dated ? { asOf } : {}), ...extra.vars });
  return data.walk;
}

/** Cascade down (direction "DOWN") or lineage up ("UP"): flat nodes and edges for drawing, tasks and units. */
export async function cascade(keyOrCode, walk) {
  const w = await walkQuery("Cascade", keyOrCode, walk, `
      root { ${DOC} }
      nodes { depth document { ${DOC} } }
      edges { type fromKey toKey score ${EVIDENCE} }
      tasks { ${TASK} }
      units { key name province level leadTasks supportTasks }`);
  if (w) return { cascade: { root: w.root, nodes: w.nodes, edges: w.edges.map(edge).map(({ fromDoc, toDoc, ...e }) => e), tasks: w.tasks.map(task), units: w.units } };
  return byCodeOr(keyOrCode, (d) => cascade(d.key, walk));
}

/** The size of a cascade or lineage without its documents: counts per depth, province and type (no tasks read).
 * Returns { root, counts } or, as cascade() does, { choices } / a notFound error. */
export async function cascadeCounts(keyOrCode, walk) {
  const w = await walkQuery("CascadeCounts", keyOrCode, walk, `
      root { ${DOC} }
      counts { documents ingested edges byDepth { depth documents } byProvince { value count } byType { value count } }`);
  if (w) return { root: w.root, counts: w.counts };
  return byCodeOr(keyOrCode, (d) => cascadeCounts(d.key, walk));
}

/** One page of a cascade's documents (depth, then key), optionally of one depth, province or type. */
export async function cascadeDocuments(key, walk, { first = 50, after = null, level = null, province = null, type = null } = {}) {
  const w = await walkQuery("CascadeDocuments", key, walk, `
      documentsPage(first: $first, after: $after, depth: $level, province: $province, type: $type) {
        totalCount hasNextPage endCursor items { depth document { ${DOC} } }
      }`, { decl: ", $first: Int, $after: String, $level: Int, $province: String, $type: String", vars: { first, after, level, province, type } });
  return w.documentsPage;
}

export async function unitTasks(key) {
  const data = await gql(`query Unit($key: String!) {
    unit(key: $key) {
      key name province
      tasks { role task { ${TASK} } document { ${DOC} } }
    }
  }`, { key });
  if (!data.unit) throw new ApiError("notFound", `Không tìm thấy đơn vị có khóa “${key}”.`);
  return { ...data.unit, tasks: data.unit.tasks.map((t) => ({ ...t, task: task(t.task) })) };
}

/** True when the server's schema does not (yet) have a field or argument the UI asked for. */
export const isMissingField = (e) => e instanceof ApiError && e.kind === "graphql" && /Cannot query field|Unknown argument|Unknown type|Unknown field/i.test(e.details ?? e.message);

/** A document by key or code: { document } (one), { choices } (several) or a notFound error naming the input. */
export async function resolveDocument(keyOrCode) {
  const data = await gql(`query One($key: String!) { document(key: $key) { ${DOC} } }`, { key: keyOrCode });
  if (data.document) return { document: data.document };
  return byCodeOr(keyOrCode, (d) => ({ document: d }));
}

// Unit registry (issue #10): a unit with the units it took over in the 2025 reorganisation and all their tasks.
export async function unitLineage(name, province) {
  const data = await gql(`query Lineage($name: String!, $province: String!) {
    unitLineage(name: $name, province: $province) {
      name province
      units { key name province source }
      tasks { role task { ${TASK} } document { ${DOC} } }
    }
  }`, { name, province });
  const l = data.unitLineage;
  return { ...l, tasks: l.tasks.map((t) => ({ ...t, task: task(t.task) })) };
}

// Watches (issue #10): saved queries the server re-evaluates after each ingest.
const WATCH = `id rootKey province created evaluated foundCount newKeys newDocuments { ${DOC} }`;
export async function watches() {
  const data = await gql(`query Watches { watches { ${WATCH} } }`);
  return data.watches ?? [];
}
// Writes need the server's API key (kg serve --api-key); the page keeps it for the browser tab only.
export async function createWatch({ key, province, apiKey }) {
  const data = await gql(`mutation CreateWatch($key: String!, $inProvince: String) { createWatch(key: $key, inProvince: $inProvince) { ${WATCH} } }`,
    { key, inProvince: province || null }, { apiKey });
  return data.createWatch;
}
export async function markWatchSeen(id, apiKey) {
  await gql(`mutation Seen($id: ID!) { markWatchSeen(id: $id) { id } }`, { id }, { apiKey });
}
export async function deleteWatch(id, apiKey) {
  await gql(`mutation Delete($id: ID!) { deleteWatch(id: $id) }`, { id }, { apiKey });
}

// Coverage (issue #10): the 34 provinces, covered or not, with the implementing documents and the sentence for each.
export async function coverage(key, asOf) {
  const data = await gql(`query Coverage($key: String!, $asOf: DateOnly) {
    coverage(key: $key, asOf: $asOf) {
      root { ${DOC} } asOf coveredCount
      provinces { province covered formerProvinces units { key name province }
        assignees { level group covered unit { key name } documents { key code title } }
        evidence { depth parentKey relation sentence evidenceSource document { ${DOC} } } }
    }
  }`, { key, asOf: asOf || null });
  return data.coverage;
}

// Deadline conflicts (issue #10): local tasks due later than the same work higher on their implementing chain.
export async function laterThanCentral(key) {
  const DATED = `due recurring task { ${TASK} } document { ${DOC} }`;
  const data = await gql(`query Late($key: String!) { laterThanCentral(key: $key) { matchedBy daysLater local { ${DATED} } central { ${DATED} } } }`, { key });
  return data.laterThanCentral.map((l) => ({ ...l, local: { ...l.local, task: task(l.local.task) }, central: { ...l.central, task: task(l.central.task) } }));
}

// Deadlines (issue #10), computed by the server: overdue as of a date, the calendar of a period and its iCalendar text.
const DATED = `due recurring task { ${TASK} } document { ${DOC} }`;
const dated = (x) => ({ ...x, task: task(x.task) });
export async function overdueTasks(key, asOf) {
  const data = await gql(`query Overdue($key: String!, $asOf: DateOnly) { overdueTasks(key: $key, asOf: $asOf) { ${DATED} } }`, { key, asOf });
  return data.overdueTasks.map(dated);
}
export async function deadlineCalendar(key, from, to) {
  const data = await gql(`query Calendar($key: String!, $from: DateOnly!, $to: DateOnly!) { deadlineCalendar(key: $key, from: $from, to: $to) { ${DATED} } }`, { key, from, to });
  return data.deadlineCalendar.map(dated);
}
export async function deadlineCalendarIcs(key, from, to) {
  const data = await gql(`query Ics($key: String!, $from: DateOnly!, $to: DateOnly!) { deadlineCalendarIcs(key: $key, from: $from, to: $to) }`, { key, from, to });
  return data.deadlineCalendarIcs;
}

// Side by side (issue #10), computed by the server: tasks and targets of each province aligned by task domain.
export async function sideBySide(key, provinces) {
  const data = await gql(`query SideBySide($key: String!, $provinces: [String!]!) {
    sideBySide(key: $key, provinces: $provinces) {
      root { ${DOC} } provinces
      columns { province evidence { document { ${DOC} } } }
      rows { domain cells { province tasks { ${TASK} } targets { ${TARGET} } } }
    }
  }`, { key, provinces });
  const s = data.sideBySide;
  return s && { ...s, rows: s.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, tasks: c.tasks.map(task) })) })) };
}
