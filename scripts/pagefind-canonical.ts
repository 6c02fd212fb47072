// Makes Pagefind's output repeatable: it writes filter values in hash-map order, which changes from run to run.
// We sort them, then rename the files whose names are content hashes and update the references to them.
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeCbor, encodeCbor, type CborValue } from "./cbor.ts";
import { compareStrings } from "./diagnostics.ts";

const SIGNATURE = "pagefind_dcd";

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

export async function canonicalisePagefind(bundleDir: string): Promise<void> {
  const entryPath = join(bundleDir, "pagefind-entry.json");
  const entryText = await readFile(entryPath, "utf8");
  const entry = JSON.parse(entryText) as Entry;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaPath));
    if (!Array.isArray(meta) || !Array.isArray(meta[3])) throw new Error(`unexpected Pagefind metadata layout in ${metaPath}`);
    const filters = meta[3] as Array<[string, string]>;
    for (const pair of filters) {
      const oldPath = join(bundleDir, "filter", `${pair[1]}.pf_filter`);
      const filter = readPagefindFile(await readFile(oldPath)) as [string, Array<[string, CborValue]>];
      filter[1].sort((a, b) => compareStrings(a[0], b[0]));
      const bytes = writePagefindFile(filter);
      const hash = `${language}_${digest(bytes).slice(0, 7)}`;
      await rm(oldPath);
      await writeFile(join(bundleDir, "filter", `${hash}.pf_filter`), bytes);
      pair[1] = hash;
    }
    filters.sort((a, b) => compareStrings(a[0], b[0]));
    const metaBytes = writePagefindFile(meta);
    const metaHash = `${language}_${digest(metaBytes).slice(0, 10)}`;
    await rm(metaPath);
    await writeFile(join(bundleDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    info.hash = metaHash;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

function readPagefindFile(gzipped: Buffer): CborValue {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error("not a Pagefind data file");
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

function writePagefindFile(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
}

function digest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
