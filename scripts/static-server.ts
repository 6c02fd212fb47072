// A static file server on 127.0.0.1 for printing, tests and `npm start`: serves a built site, optionally under its path prefix.
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".xml": "application/xml", ".svg": "image/svg+xml", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm", ".ico": "image/x-icon", ".png": "image/png",
};

export interface Served {
  /** `http://127.0.0.1:PORT`, without the path prefix. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A fixed port; by default any free one. */
  port?: number;
  /** A page (relative to the root) to answer with, as HTML, when a file is missing; by default plain "not found". */
  notFoundPage?: string;
}

/** Serves `root` at `http://127.0.0.1:PORT<prefix>`; a request for a folder gets its index.html. */
export async function serve(root: string, pathPrefix = "/", options: ServeOptions = {}): Promise<Served> {
  const top = normalize(root);
  const notFound = (res: ServerResponse) => {
    if (!options.notFoundPage) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    res.writeHead(404, { "content-type": TYPES[".html"] });
    createReadStream(join(top, options.notFoundPage)).on("error", () => res.end("not found")).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(pathPrefix)) return notFound(res);
    let file = normalize(join(top, path.slice(pathPrefix.length)));
    if (file !== top && !file.startsWith(top.endsWith(sep) ? top : top + sep)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      return notFound(res);
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
