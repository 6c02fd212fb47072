// Serves a built site with sirv for `npm start`, the PDF printer and the tests: under its path prefix, on 127.0.0.1
// by default, swapping to a new build in one step. Live reload is hand-written here (an event stream and a one-line
// client added to pages as they are sent), as sirv has none and a dev server would bring far more than it needs.
import { readFile } from "node:fs/promises";
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { join } from "node:path";
import sirv, { type RequestHandler } from "sirv";

export interface Served {
  /** `http://HOST:PORT`, without the path prefix. */
  url: string;
  /** Serves another build folder from the next request on; requests already answered finish from the old one. */
  swap(root: string): void;
  /** Tells every open page (with live reload on) to reload. */
  reload(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A fixed port; by default any free one. */
  port?: number;
  /** The address to listen on: 127.0.0.1 unless asked otherwise. */
  host?: string;
  /** A page (relative to the root) to answer with, as HTML, when a file is missing; by default an empty 404. */
  notFoundPage?: string;
  /** Adds a reload client to every HTML page as it is sent (never to the files) and no-cache headers: the preview. */
  liveReload?: boolean;
}

/** Where pages listen for new builds; outside any path prefix, and unlike any page of the site. */
export const LIVE_RELOAD_PATH = "/__dossier-preview/events";

/** The script added before `</body>` of every page the preview sends: reloads when the server reports a new build. */
export const LIVE_RELOAD_CLIENT =
  `<script>(function(){var first;new EventSource(${JSON.stringify(LIVE_RELOAD_PATH)}).onmessage=function(e){` +
  `if(first===undefined)first=e.data;else if(e.data!==first)location.reload();};})();</script>`;

/** Serves `root` at `http://HOST:PORT<pathPrefix>`; a request for a folder gets its index.html. */
export async function serve(root: string, pathPrefix = "/", options: ServeOptions = {}): Promise<Served> {
  let current = { root, files: handlerFor(root, options) };
  let build = 0;
  const listeners = new Set<ServerResponse>();

  const notFound = async (res: ServerResponse, site: typeof current) => {
    const page = options.notFoundPage ? await readFile(join(site.root, options.notFoundPage), "utf8").catch(() => undefined) : undefined;
    if (res.headersSent || res.destroyed) return;
    if (page === undefined) return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    const body = options.liveReload ? withReloadClient(page) : page;
    res.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" }).end(body);
  };

  const server = createServer((req, res) => {
    try {
      const url = req.url ?? "/";
      if (options.liveReload && url === LIVE_RELOAD_PATH) return listen(res, listeners, String(build));
      if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { allow: "GET, HEAD" }).end();
      if (pathPrefix !== "/" && `${url.split(/[?#]/)[0]}/` === pathPrefix) return void res.writeHead(301, { location: pathPrefix }).end();
      const site = current;
      if (!url.startsWith(pathPrefix)) return void notFound(res, site);
      req.url = `/${url.slice(pathPrefix.length)}`;
      if (options.liveReload) injectReloadClient(res);
      // A file of the build's list that is gone when it is opened (a search bundle being replaced) fails this request
      // only, never the server: sirv pipes the file with no handler for a read error.
      res.once("pipe", (file) => file.once("error", () => (res.headersSent ? res.destroy() : void notFound(res, site))));
      site.files(req, res, () => void notFound(res, site));
    } catch (error) {
      // A request the handlers cannot make sense of gets an answer, never a crashed server.
      if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end(`bad request: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", ok);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    swap(next) {
      current = { root: next, files: handlerFor(next, options) };
    },
    reload() {
      build += 1;
      for (const res of listeners) res.write(`data: ${build}\n\n`);
    },
    close: () =>
      new Promise((ok) => {
        for (const res of listeners) res.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/**
 * sirv over one build folder, each file looked up when it is asked for. sirv's other mode lists the folder once, and
 * that listing throws whenever a file goes between being listed and being looked at: the preview writes each new search
 * bundle beside the pages it serves, and a listing then failed most times in a row (16,508 of 20,000 listings while
 * another process wrote and removed files there). A lookup sees each file as it is when asked, so no listing can fail.
 * Each build has its own folder, swapped in whole, so a handler still serves one build.
 */
function handlerFor(root: string, options: ServeOptions): RequestHandler {
  const files = sirv(root, {
    dev: true,
    etag: true,
    // The preview must show each new build at once, never a cached page or stylesheet from the last one.
    setHeaders: options.liveReload ? (res) => res.setHeader("cache-control", "no-cache") : undefined,
  });
  // sirv's lookups leave hidden files to the caller: none is served, as none would have been listed.
  return (req, res, next) => (HIDDEN.test(safeDecode(req.url ?? "/")) ? (next ? next() : void res.writeHead(404).end()) : files(req, res, next));
}

/** A path with a part that starts with a dot (".git", ".env"), outside ".well-known". */
const HIDDEN = /\/\.(?!well-known\/)/;

/** A request path as sirv reads it: decoded where it can be. */
function safeDecode(path: string): string {
  try {
    return decodeURI(path.split(/[?#]/)[0]!);
  } catch {
    return path;
  }
}

/** Opens a server-sent event stream that first names the build the page was loaded from, then each new one. */
function listen(res: ServerResponse, listeners: Set<ServerResponse>, build: string): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.write(`data: ${build}\n\n`);
  listeners.add(res);
  res.on("close", () => listeners.delete(res));
}

/** `html` with the live-reload client before `</body>` (or at the end when there is none). */
export function withReloadClient(html: string): string {
  const at = html.lastIndexOf("</body>");
  return at === -1 ? html + LIVE_RELOAD_CLIENT : html.slice(0, at) + LIVE_RELOAD_CLIENT + html.slice(at);
}

/**
 * Makes `res` add the reload client to a whole HTML page (status 200) as it is sent: sirv writes the head, then pipes
 * the file; for HTML both are held until the end, so the length can be set for the page as sent.
 */
function injectReloadClient(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  let held: { status: number; headers: OutgoingHttpHeaders; chunks: Buffer[] } | undefined;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = (rest.find((r) => typeof r === "object" && r !== null) ?? {}) as OutgoingHttpHeaders;
    const type = String(headers["Content-Type"] ?? headers["content-type"] ?? res.getHeader("content-type") ?? "");
    if (status !== 200 || !type.startsWith("text/html")) return writeHead(status, headers);
    held = { status, headers, chunks: [] };
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: Buffer | string) => {
    if (!held) return write(Buffer.from(chunk));
    held.chunks.push(Buffer.from(chunk));
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: Buffer | string | (() => void)) => {
    if (!held) return typeof chunk === "function" || chunk === undefined ? end() : end(Buffer.from(chunk));
    if (chunk !== undefined && typeof chunk !== "function") held.chunks.push(Buffer.from(chunk));
    const page = Buffer.from(withReloadClient(Buffer.concat(held.chunks).toString("utf8")));
    const headers = Object.fromEntries(Object.entries(held.headers).filter(([name]) => name.toLowerCase() !== "content-length"));
    writeHead(held.status, { ...headers, "Content-Length": page.length });
    held = undefined;
    return end(page);
  }) as typeof res.end;
}
