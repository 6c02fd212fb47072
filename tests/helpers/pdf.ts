// Reads PDFs back for tests with poppler-utils: text per page, page count and size, document info.
import { execFileSync } from "node:child_process";

export interface PdfFacts {
  pages: number;
  /** e.g. `595.92 x 842.88 pts (A4)`. */
  pageSize: string;
  info: Record<string, string>;
  /** Text of each page, in order (pdftotext's layout mode). */
  pageTexts: string[];
  /** All the text with white space folded. */
  text: string;
}

export function readPdf(path: string): PdfFacts {
  const infoText = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const info = Object.fromEntries(
    infoText.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
  );
  const layout = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  const pageTexts = layout.split("\f").slice(0, Number(info.Pages));
  return { pages: Number(info.Pages), pageSize: info["Page size"] ?? "", info, pageTexts, text: layout.replace(/\s+/g, " ") };
}

/** Text with all white space removed: long URLs that wrap across lines still match. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, "");
}
