import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Express, Response } from "express";
import { findProjectRoot } from "../config";

/** Where the explorer page is served. */
export const EXPLORER_PATH = "/explorer";

/**
 * The explorer is a static page that talks to /graphql only: scripts, styles, data and images
 * come from this origin, nothing may frame it, and the browser must not guess content types.
 * (Cytoscape adds a one-line <style> element unless one with its id exists; the page provides
 * that element as a <link>, so no inline style needs allowing.)
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The page's files: URL path under EXPLORER_PATH → file and content type. */
interface ExplorerFile {
  readonly file: string;
  readonly type: string;
  /** Vendored library files change only with the package; the page's own files on every edit. */
  readonly cache: string;
}

function explorerFiles(projectRoot: string): ReadonlyMap<string, ExplorerFile> {
  const page = join(projectRoot, "explorer");
  const revalidate = "no-cache";
  return new Map([
    ["/", { file: join(page, "index.html"), type: "text/html; charset=utf-8", cache: revalidate }],
    ["/explorer.js", { file: join(page, "explorer.js"), type: "text/javascript; charset=utf-8", cache: revalidate }],
    ["/explorer.css", { file: join(page, "explorer.css"), type: "text/css; charset=utf-8", cache: revalidate }],
    ["/favicon.svg", { file: join(page, "favicon.svg"), type: "image/svg+xml", cache: revalidate }],
    ["/vendor/cytoscape.min.js", { file: cytoscapeBundle(), type: "text/javascript; charset=utf-8", cache: "public, max-age=86400" }],
    ["/vendor/chart.umd.min.js", { file: chartJsBundle(), type: "text/javascript; charset=utf-8", cache: "public, max-age=86400" }],
  ]);
}

/**
 * The browser build of Cytoscape.js from the installed package (its `exports` name only the
 * module builds, so the file is found next to the CommonJS entry point).
 */
function cytoscapeBundle(): string {
  return join(dirname(require.resolve("cytoscape")), "cytoscape.min.js");
}

/** The UMD browser build of Chart.js from the installed package, next to its CommonJS entry point. */
function chartJsBundle(): string {
  return join(dirname(require.resolve("chart.js")), "chart.umd.min.js");
}

function securityHeaders(res: Response): void {
  res.set({
    "Content-Security-Policy": EXPLORER_CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
}

/**
 * Serves the explorer page (explorer/: plain HTML, JavaScript and CSS, no build step) at
 * /explorer/, with Cytoscape.js and Chart.js from node_modules at /explorer/vendor/: no CDN,
 * so it works offline. Only the listed files are served; anything else under /explorer is a 404.
 */
export function mountExplorer(app: Express, options: { readonly projectRoot?: string } = {}): void {
  const projectRoot = options.projectRoot ?? findProjectRoot();
  const files = explorerFiles(projectRoot);
  // Checked once: an installation without explorer/ (an image that did not copy it) answers
  // with a clear 404 instead of failing on every request.
  const missing = [...files.values()].filter((entry) => !existsSync(entry.file)).map((entry) => relative(projectRoot, entry.file));

  // Routing is not strict, so both paths reach this handler; the page's relative URLs
  // (explorer.js, ../graphql) need the trailing slash.
  app.get([EXPLORER_PATH, `${EXPLORER_PATH}/{*path}`], (req, res, next) => {
    if (req.path === EXPLORER_PATH) {
      res.redirect(301, `${EXPLORER_PATH}/`);
      return;
    }
    securityHeaders(res);
    const entry = files.get(req.path.slice(EXPLORER_PATH.length));
    if (!entry) {
      res.status(404).type("text/plain").send(`Not found. The explorer is at ${EXPLORER_PATH}/`);
      return;
    }
    if (missing.length > 0) {
      res
        .status(404)
        .type("text/plain")
        .send(`The explorer's files are not part of this installation; missing: ${missing.join(", ")}`);
      return;
    }
    res.sendFile(entry.file, { headers: { "Content-Type": entry.type, "Cache-Control": entry.cache } }, (error) => {
      // A browser that went away mid-file is not an error of the server.
      if (error && !res.headersSent) next(error);
    });
  });
}
