// Prints pages of a built site to PDF with Chromium: the site is served on 127.0.0.1, each page printed, then the
// PDF's metadata is set from the build. A table of contents gets its page numbers from a first print.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { startChromium } from "../chromium.ts";
import { serve } from "../site-server.ts";
import { destinationPages, withInfo, withStableStructureIds } from "./pdf-file.ts";
import type { PrintJob } from "./jobs.ts";

export type Paper = "A4" | "Letter";

export interface PrintOptions {
  siteDir: string;
  /** `/` or `/prefix/`, as the site was built. */
  pathPrefix: string;
  /** The site's public address (`https://me.github.io/dossier/`), or null when unknown. */
  siteUrl: string | null;
  chromium: string;
  /** The build date in epoch seconds: the PDFs' creation date. */
  epoch: number;
  author: string;
  paper: Paper;
}

export interface PrintedPdf {
  job: PrintJob;
  pages: number;
  bytes: number;
}

/** How many times a table of contents is refilled before its page numbers must have settled. */
const TOC_PASSES = 3;

export async function printPdfs(jobs: readonly PrintJob[], options: PrintOptions): Promise<PrintedPdf[]> {
  const server = await serve(options.siteDir, options.pathPrefix);
  const browser = await startChromium(options.chromium);
  try {
    const page = await browser.newPage();
    const printed: PrintedPdf[] = [];
    for (const job of jobs) {
      const url = `${server.url}${options.pathPrefix}${job.page.replace(/^\//, "")}`;
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response?.ok()) throw new Error(`cannot print ${job.page}: the server answered ${response?.status() ?? "nothing"}`);
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(relinkForPaper, { prefix: options.pathPrefix, siteUrl: options.siteUrl });
      const pdf = job.toc ? await printWithToc(page, options.paper, job.page) : await printPage(page, options.paper);
      const final = withInfo(withStableStructureIds(pdf), {
        title: job.title,
        author: options.author,
        subject: job.subject,
        keywords: job.keywords,
        creator: options.author,
        epoch: options.epoch,
      });
      const target = join(options.siteDir, job.out);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, final);
      printed.push({ job, pages: pageCount(final), bytes: final.length });
    }
    return printed;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Paper has no local server: a link to another page of the site (which would print as http://127.0.0.1:PORT/…, a
 * different address in every build) points at the public site when its address is known, and otherwise loses its
 * href. Links within the page and to other websites stay as they are. Runs in the page.
 */
function relinkForPaper({ prefix, siteUrl }: { prefix: string; siteUrl: string | null }): void {
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"))) {
    const target = new URL(link.href, location.href);
    if (target.origin !== location.origin) continue;
    if (target.pathname === location.pathname && target.search === location.search && target.hash) continue;
    const path = target.pathname.startsWith(prefix) ? target.pathname.slice(prefix.length) : target.pathname.replace(/^\//, "");
    if (siteUrl) link.href = new URL(path + target.search + target.hash, siteUrl).href;
    else link.removeAttribute("href");
  }
}

function printPage(page: Page, paper: Paper): Promise<Uint8Array> {
  // Margins, running header and "page X of Y" come from the stylesheet's @page rules, so a browser's own print matches.
  return page.pdf({ format: paper, printBackground: true, outline: true, tagged: true, preferCSSPageSize: false });
}

/**
 * Prints, reads back which page each table-of-contents target landed on, writes those numbers into the page and
 * prints again, until the numbers in the contents are the pages the PDF really has.
 */
async function printWithToc(page: Page, paper: Paper, name: string): Promise<Uint8Array> {
  for (let pass = 0; pass < TOC_PASSES; pass++) {
    const pdf = await printPage(page, paper);
    const landed = destinationPages(pdf);
    const entries = await page.$$eval("[data-toc-page]", (els) => els.map((el) => [el.getAttribute("data-toc-page") ?? "", el.textContent ?? ""]));
    const missing = entries.filter(([target]) => !landed.has(target!)).map(([target]) => target);
    if (missing.length) throw new Error(`${name}: the table of contents points at ${missing.join(", ")}, which the PDF does not contain`);
    if (entries.every(([target, shown]) => shown === String(landed.get(target!)))) return pdf;
    await page.$$eval("[data-toc-page]", (els, pages) => {
      for (const el of els) el.textContent = String(pages[el.getAttribute("data-toc-page") ?? ""] ?? "");
    }, Object.fromEntries(landed));
  }
  throw new Error(`${name}: the table of contents' page numbers did not settle after ${TOC_PASSES} prints`);
}

function pageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  return (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
}
