// Bundles the analysts' UI and the GraphiQL page into ../wwwroot (served by `kg serve`). No CDN: everything,
// fonts and styles included, comes from node_modules at build time.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "wwwroot");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "graphiql"), { recursive: true });

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ["es2022"],
  legalComments: "none",
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "file" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
};

await build({ ...common, entryPoints: { app: join(here, "src", "main.js") }, outdir: out, format: "esm" });
await build({ ...common, entryPoints: { graphiql: join(here, "graphiql", "main.jsx") }, outdir: join(out, "graphiql"), format: "iife", jsx: "automatic" });
cpSync(join(here, "src", "index.html"), join(out, "index.html"));
cpSync(join(here, "graphiql", "index.html"), join(out, "graphiql", "index.html"));
console.log(`built ${out}`);
