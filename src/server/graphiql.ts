import { dirname, join } from "node:path";
import type { Express, Response } from "express";
import { findProjectRoot } from "../config";

/** Where the IDE's files are served; the page itself is GET /graphql from a browser. */
export const GRAPHIQL_ASSETS_PATH = "/graphql-ide";

/**
 * GraphiQL renders with inline styles (CodeMirror positions its cursor and gutters that way) and
 * embeds its fonts as data: URLs; everything else, scripts included, comes from this origin.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

interface Asset {
  readonly file: string;
  readonly type: string;
}

/** A file of an installed package, found next to its package.json (works with any `exports`). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

function assets(projectRoot: string): ReadonlyMap<string, Asset> {
  const own = join(projectRoot, "src", "server", "graphiql");
  const js = "text/javascript; charset=utf-8";
  const css = "text/css; charset=utf-8";
  return new Map([
    ["/react.production.min.js", { file: packageFile("react", "umd/react.production.min.js"), type: js }],
    ["/react-dom.production.min.js", { file: packageFile("react-dom", "umd/react-dom.production.min.js"), type: js }],
    ["/graphiql.min.js", { file: packageFile("graphiql", "graphiql.min.js"), type: js }],
    ["/graphiql.min.css", { file: packageFile("graphiql", "graphiql.min.css"), type: css }],
    ["/graphiql-page.js", { file: join(own, "graphiql-page.js"), type: js }],
    ["/graphiql-page.css", { file: join(own, "graphiql-page.css"), type: css }],
  ]);
}

function securityHeaders(res: Response): void {
  res.set({
    "Content-Security-Policy": GRAPHIQL_CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
}

/**
 * Development only: GET /graphql from a browser (Accept: text/html, no `query` parameter) opens
 * GraphiQL, an IDE with a schema-aware editor, the Docs pane (every description of the schema)
 * and a Headers tab for the token. GraphiQL, React and ReactDOM are served from node_modules
 * under /graphql-ide/, so the page needs nothing from another host and works offline. Every
 * other request to /graphql (POST, GET with a query) goes on to the API.
 */
export function mountGraphiQL(app: Express, options: { readonly projectRoot?: string } = {}): void {
  const projectRoot = options.projectRoot ?? findProjectRoot();
  const files = assets(projectRoot);
  const page = join(projectRoot, "src", "server", "graphiql", "index.html");

  app.get("/graphql", (req, res, next) => {
    const wantsPage = req.query.query === undefined && req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
    if (!wantsPage) return next();
    securityHeaders(res);
    res.sendFile(page, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" } }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });

  app.get(`${GRAPHIQL_ASSETS_PATH}/{*file}`, (req, res, next) => {
    securityHeaders(res);
    const asset = files.get(req.path.slice(GRAPHIQL_ASSETS_PATH.length));
    if (!asset) {
      res.status(404).type("text/plain").send("Not found. The GraphQL IDE is at GET /graphql in a browser (development mode).");
      return;
    }
    res.sendFile(asset.file, { headers: { "Content-Type": asset.type, "Cache-Control": "no-cache" } }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });
}
