// GraphiQL for /graphql, bundled (no CDN). The server sends this page to a browser asking GET /graphql for text/html.
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";

const fetcher = async (params) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify(params),
  });
  return response.json();
};

const example = `# Chuỗi triển khai của Chỉ thị 27-CT/TW (the cascade of directive 27-CT/TW)
query {
  cascade(code: "27-CT/TW", depth: 3) {
    root { key code title }
    nodes { depth document { code title province } }
    edges { type fromKey toKey evidence { sentence } }
  }
}
`;

createRoot(document.getElementById("graphiql")).render(<GraphiQL fetcher={fetcher} defaultQuery={example} />);
