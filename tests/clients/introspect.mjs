// Fetches the introspection of a GraphQL server with the reference client (npm graphql 16), builds the client schema
// with buildClientSchema (which throws if the introspection is not a valid schema) and prints a JSON summary:
//   node introspect.mjs http://127.0.0.1:5080/graphql
import { buildClientSchema, getIntrospectionQuery, printSchema, isObjectType } from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspect.mjs GRAPHQL_URL');
  process.exit(2);
}

const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection failed: HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  process.exit(1);
}
const schema = buildClientSchema(body.data);
const types = Object.values(schema.getTypeMap()).filter(t => !t.name.startsWith('__'));
const query = schema.getQueryType();
const mutation = schema.getMutationType();
const undocumented = [];
for (const t of types.filter(isObjectType))
  for (const f of Object.values(t.getFields()))
    if (!f.description) undocumented.push(`${t.name}.${f.name}`);
console.log(JSON.stringify({
  url,
  contentType: response.headers.get('content-type'),
  types: types.length,
  queryFields: Object.keys(query.getFields()),
  mutationFields: mutation ? Object.keys(mutation.getFields()) : [],
  // What a client pages with: the fields of the documents connection as the client schema sees them.
  documentConnectionFields: Object.fromEntries(Object.values(schema.getType('DocumentConnection')?.getFields() ?? {}).map(f => [f.name, String(f.type)])),
  undocumentedFields: undocumented,
  sdlLength: printSchema(schema).length,
}, null, 2));
