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

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
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
const EVIDENCE = `evidence { source sourceCode start end sentence confidence decidedBy }`;
const TASK = `key document ordinal text section kind
  deadline { text date recurrence }
  lead { key name province } support { key name province }`;

export async function search({ q, type, issuer, province, year, offset, limit }) {
  const data = await gql(`query Search($q: String, $type: String, $issuer: String, $province: String, $year: Int, $offset: Int, $limit: Int) {
    search(query: $q, type: $type, issuer: $issuer, province: $province, year: $year, offset: $offset, limit: $limit) {
      total notes
      hits { key code type title issuer province date source snippets citedBy { key code title } }
      facets { type { value count } issuer { value count } province { value count } year { value count } }
    }
  }`, { q: q || null, type, issuer, province, year: year ? Number(year) : null, offset, limit });
  return data.search;
}

/** A document by key, or else by code (any spelling); several matches come back as `choices`. */
export async function documentPage(keyOrCode) {
  const data = await gql(`query Doc($key: String!) {
    document(key: $key) {
      ${DOC} signer sourceFile text
      citations { start end text target { ${DOC} } }
      relationsOut { type score target { ${DOC} } ${EVIDENCE} }
      relationsIn { type score source { ${DOC} } ${EVIDENCE} }
      tasks { ${TASK} }
      citedBy { type document { ${DOC} } ${EVIDENCE} }
    }
    documentsByCode(code: $key) { ${DOC} }
  }`, { key: keyOrCode });
  if (data.document) return { document: data.document };
  const choices = data.documentsByCode ?? [];
  if (choices.length === 1) return documentPage(choices[0].key);
  if (choices.length > 1) return { choices };
  throw new ApiError("notFound", `Không tìm thấy văn bản có số hiệu hoặc khóa “${keyOrCode}”.`);
}

/** Cascade down (direction "DOWN") or lineage up ("UP"), flat nodes and edges for drawing. */
export async function cascade(keyOrCode, { direction = "DOWN", depth = 5, relationTypes }) {
  const data = await gql(`query Cascade($key: String!, $direction: CascadeDirection!, $depth: Int!, $types: [String!]) {
    cascade(key: $key, direction: $direction, depth: $depth, relationTypes: $types) {
      root { ${DOC} }
      nodes { depth document { ${DOC} } }
      edges { from to type score ${EVIDENCE} }
      tasks { ${TASK} }
      units { unit { key name province level } leadTasks supportTasks }
    }
    documentsByCode(code: $key) { ${DOC} }
  }`, { key: keyOrCode, direction, depth, types: relationTypes });
  if (data.cascade) return { cascade: data.cascade };
  const choices = data.documentsByCode ?? [];
  if (choices.length === 1) return cascade(choices[0].key, { direction, depth, relationTypes });
  if (choices.length > 1) return { choices };
  throw new ApiError("notFound", `Không tìm thấy văn bản có số hiệu hoặc khóa “${keyOrCode}”.`);
}

export async function unitTasks(key) {
  const data = await gql(`query Unit($key: String!) {
    unit(key: $key) {
      key name province level
      tasks { role task { ${TASK} } document { ${DOC} } }
    }
  }`, { key });
  if (!data.unit) throw new ApiError("notFound", `Không tìm thấy đơn vị có khóa “${key}”.`);
  return data.unit;
}
