// The print stage of the build: whether PDFs are printed (Chromium present, or required), and printing them.
import { CHROMIUM_INSTALL_HINT, chromiumPath } from "../chromium.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ContentFile, Diagnostic } from "../model.ts";
import { printJobs, type DossierInfo } from "./jobs.ts";
import type { Paper, PrintedPdf } from "./print.ts";

/** `auto`: print when Chromium is installed; `always`: a missing Chromium is an error; `never`: no PDFs. */
export type PdfMode = "auto" | "always" | "never";

export const PDF_MODES: readonly PdfMode[] = ["auto", "always", "never"];

export interface PdfPlan {
  /** The Chromium to print with; undefined means no PDFs, and no page may link one. */
  chromium?: string;
  diagnostics: Diagnostic[];
}

export function planPdfs(mode: PdfMode, env: NodeJS.ProcessEnv): PdfPlan {
  if (mode === "never") return { diagnostics: [] };
  const chromium = chromiumPath(env);
  if (chromium) return { chromium, diagnostics: [] };
  const reason = `Chromium not found: ${CHROMIUM_INSTALL_HINT}`;
  return mode === "always"
    ? { diagnostics: [diagnostic(".", "error", `cannot print the PDFs. ${reason}`, "pdf-chromium")] }
    : { diagnostics: [diagnostic(".", "info", `PDFs not printed and not linked. ${reason}`, "pdf-chromium")] };
}

export interface PrintStageOptions {
  siteDir: string;
  pathPrefix: string;
  /** The site's public address, when known: links to its pages stay live on paper. */
  siteUrl: string | null;
  chromium: string;
  epoch: number;
  paper: Paper;
  dossier: DossierInfo;
}

/** Prints every brief and the dossier; a failure becomes an error diagnostic rather than a crash. */
export async function printStage(files: readonly ContentFile[], options: PrintStageOptions): Promise<{ printed: PrintedPdf[]; diagnostics: Diagnostic[] }> {
  try {
    // Loaded only when PDFs are printed: a build without them is spared the PDF library and Playwright.
    const { printPdfs } = await import("./print.ts");
    const printed = await printPdfs(printJobs(files, options.dossier), {
      siteDir: options.siteDir,
      pathPrefix: options.pathPrefix,
      siteUrl: options.siteUrl,
      chromium: options.chromium,
      epoch: options.epoch,
      author: options.dossier.title,
      paper: options.paper,
    });
    return { printed, diagnostics: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { printed: [], diagnostics: [diagnostic(".", "error", `printing the PDFs failed: ${message}`, "pdf-print")] };
  }
}
