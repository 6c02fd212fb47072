import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { LIVE_RELOAD_CLIENT, LIVE_RELOAD_PATH, serve, withReloadClient } from "../../scripts/site-server.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/server");
const A = join(FIXTURE, "build-a");
const B = join(FIXTURE, "build-b");

/** Sends a request line exactly as given (fetch would tidy the path), and returns the status and body. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(`${base}/`, { path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

const served = suite("serve()");

served("should answer a malformed address with 404 and go on serving", async () => {
  const server = await serve(A);
  try {
    for (const path of ["/%E0%A4%A", "/%", "/sub/%ZZ/", "/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd"]) {
      const answer = await rawGet(server.url, path);
      assert.is(answer.status, 404, path);
    }
    assert.is((await rawGet(server.url, "/")).status, 200);
  } finally {
    await server.close();
  }
});

served("should never serve a file outside the folder", async () => {
  const server = await serve(join(A, "sub"));
  try {
    for (const path of ["/../index.html", "/..%2findex.html", "/%2e%2e/index.html", "/../../../../etc/passwd"]) {
      const answer = await rawGet(server.url, path);
      assert.is(answer.status, 404, path);
      assert.not.match(answer.body, /home of build A/);
    }
  } finally {
    await server.close();
  }
});

served("should listen on 127.0.0.1 unless asked otherwise", async () => {
  const server = await serve(A);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  } finally {
    await server.close();
  }
});

served("should serve the site only under its path prefix, and send the bare prefix to its folder", async () => {
  const server = await serve(A, "/dossier/");
  try {
    assert.match(await (await fetch(`${server.url}/dossier/sub/`)).text(), /sub page of build A/);
    assert.is((await fetch(`${server.url}/sub/`)).status, 404);
    const bare = await fetch(`${server.url}/dossier`, { redirect: "manual" });
    assert.is(bare.status, 301);
    assert.is(bare.headers.get("location"), "/dossier/");
  } finally {
    await server.close();
  }
});

served("should answer a missing page with the site's 404 page when given one", async () => {
  const server = await serve(A, "/", { notFoundPage: "404.html" });
  try {
    const answer = await fetch(`${server.url}/gone/`);
    assert.is(answer.status, 404);
    assert.match(await answer.text(), /no such page in build A/);
  } finally {
    await server.close();
  }
});

served("should serve every file of the new build, and none of the old, once swapped", async () => {
  const server = await serve(A);
  try {
    assert.match(await (await fetch(`${server.url}/style.css`)).text(), /black/);
    server.swap(B);
    assert.match(await (await fetch(`${server.url}/`)).text(), /home of build B/);
    assert.match(await (await fetch(`${server.url}/sub/`)).text(), /sub page of build B/);
    assert.match(await (await fetch(`${server.url}/style.css`)).text(), /navy/);
  } finally {
    await server.close();
  }
});

served("should add the reload client to pages as they are sent, leaving the files as they are", async () => {
  const before = readFileSync(join(A, "index.html"), "utf8");
  const server = await serve(A, "/", { liveReload: true, notFoundPage: "404.html" });
  try {
    const answer = await fetch(`${server.url}/`);
    const page = await answer.text();
    assert.is(page, withReloadClient(before));
    assert.is(Number(answer.headers.get("content-length")), Buffer.byteLength(page));
    assert.is(answer.headers.get("cache-control"), "no-cache");
    assert.match(await (await fetch(`${server.url}/gone/`)).text(), LIVE_RELOAD_CLIENT);
    assert.is(await (await fetch(`${server.url}/style.css`)).text(), "body { color: black; }\n");
    assert.is(readFileSync(join(A, "index.html"), "utf8"), before);
  } finally {
    await server.close();
  }
});

served("should leave pages without the reload client when live reload is off", async () => {
  const server = await serve(A);
  try {
    assert.is(await (await fetch(`${server.url}/`)).text(), readFileSync(join(A, "index.html"), "utf8"));
    assert.is((await fetch(`${server.url}${LIVE_RELOAD_PATH}`)).status, 404);
  } finally {
    await server.close();
  }
});

served("should tell listening pages about each new build", async () => {
  const server = await serve(A, "/", { liveReload: true });
  try {
    const events = await fetch(`${server.url}${LIVE_RELOAD_PATH}`);
    const reader = events.body!.getReader();
    const next = async () => new TextDecoder().decode((await reader.read()).value);
    assert.is(await next(), "data: 0\n\n");
    server.swap(B);
    server.reload();
    assert.is(await next(), "data: 1\n\n");
    await reader.cancel();
  } finally {
    await server.close();
  }
});

served("should fail only the request for a file that went missing after the build was listed, and go on serving", async () => {
  const dir = mkdtempSync(join(tmpdir(), "site-server-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><html><body>home</body></html>");
  writeFileSync(join(dir, "bundle.js"), "console.log(1);");
  writeFileSync(join(dir, "page.html"), "<!doctype html><html><body>page</body></html>");
  for (const liveReload of [false, true]) {
    const server = await serve(dir, "/", { liveReload });
    try {
      rmSync(join(dir, "bundle.js"), { force: true });
      rmSync(join(dir, "page.html"), { force: true });
      for (const path of ["/bundle.js", "/page.html"]) {
        const answer = await fetch(`${server.url}${path}`).then((r) => r.status, () => "no answer");
        assert.is.not(answer, 200, path);
      }
      assert.is((await fetch(`${server.url}/`)).status, 200);
    } finally {
      await server.close();
    }
  }
});

served("should swap to a build whose files come and go while it is served (its search bundle being written), and answer every request", async () => {
  const dir = mkdtempSync(join(tmpdir(), "site-server-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><html><body>new build</body></html>");
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `page-${i}.html`), "<!doctype html><html><body>page</body></html>");
  mkdirSync(join(dir, "search.next"));
  // Another process writes and removes files in the folder, as the preview's worker does with the search bundle.
  const churn = spawn(process.execPath, ["-e", `const fs = require("fs"); for (let i = 0; ; i++) { const f = ${JSON.stringify(join(dir, "search.next"))} + "/part-" + (i % 20); fs.writeFileSync(f, "x"); fs.rmSync(f, { force: true }); }`], { stdio: "ignore" });
  const server = await serve(A);
  try {
    await new Promise((ok) => setTimeout(ok, 200));
    for (let i = 0; i < 300; i++) server.swap(dir);
    for (let i = 0; i < 40; i++) assert.is((await fetch(`${server.url}/page-${i}.html`)).status, 200, `page-${i}`);
    assert.match(await (await fetch(`${server.url}/`)).text(), /new build/);
  } finally {
    churn.kill();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

served("should serve a file written into the served build after it was swapped in (its new search index), with no swap again", async () => {
  const dir = mkdtempSync(join(tmpdir(), "site-server-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><html><body>pages first</body></html>");
  const server = await serve(A);
  try {
    server.swap(dir);
    assert.is((await fetch(`${server.url}/search/entry.json`)).status, 404);
    mkdirSync(join(dir, "search"));
    writeFileSync(join(dir, "search", "entry.json"), '{"version":"2"}');
    const answer = await fetch(`${server.url}/search/entry.json`);
    assert.is(answer.status, 200);
    assert.is(await answer.text(), '{"version":"2"}');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

served("should serve no hidden file, however its name is written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "site-server-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><html><body>home</body></html>");
  writeFileSync(join(dir, ".env"), "SECRET=1");
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, ".git", "config"), "[core]");
  const server = await serve(dir);
  try {
    for (const path of ["/.env", "/%2eenv", "/.git/config", "/%2Egit/config"]) assert.is((await fetch(`${server.url}${path}`)).status, 404, path);
    assert.is((await fetch(`${server.url}/`)).status, 200);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

served.run();

const inject = suite("withReloadClient()");

inject("should put the client just before </body>, or at the end of a page without one", () => {
  assert.is(withReloadClient("<p>x</p></body></html>"), `<p>x</p>${LIVE_RELOAD_CLIENT}</body></html>`);
  assert.is(withReloadClient("<p>x</p>"), `<p>x</p>${LIVE_RELOAD_CLIENT}`);
});

inject.run();
