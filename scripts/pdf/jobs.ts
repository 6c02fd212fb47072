// Decides what gets printed: one PDF per generated brief, and the whole dossier. Pure: content files in, jobs out.
import { readFrontMatter } from "../front-matter.ts";
import type { ContentFile } from "../model.ts";

export interface PrintJob {
  /** The page to print, root-relative and without the path prefix: `/briefs/gnu-2025/`. */
  page: string;
  /** Where the PDF goes, relative to the site folder: `pdf/gnu-2025.pdf`. */
  out: string;
  title: string;
  subject: string;
  keywords: string;
  /** Whether the page has a table of contents whose page numbers are filled in from a first print. */
  toc: boolean;
}

export interface DossierInfo {
  title: string;
  description: string;
}

/** The PDF a brief is printed to, relative to the site root: the brief page links it. */
export function briefPdfPath(id: string): string {
  return `pdf/${id}.pdf`;
}

export const DOSSIER_PDF = "pdf/dossier.pdf";
export const DOSSIER_PRINT_PAGE = "/print/dossier/";

/** Brief pages in id order, then the dossier. */
export function printJobs(files: readonly ContentFile[], dossier: DossierInfo): PrintJob[] {
  const briefs = files
    .filter((f) => /^briefs\/[^/]+\.md$/.test(f.path))
    .map((f) => readFrontMatter(f.text).data)
    .map((data) => ({ id: String(data.id), title: String(data.title) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...briefs.map((b) => ({
      page: `/briefs/${b.id}/`,
      out: briefPdfPath(b.id),
      title: b.title,
      subject: `Brief ${b.id} · ${dossier.title}`,
      keywords: `${b.id}, Türkiye, Libya, brief`,
      toc: false,
    })),
    {
      page: DOSSIER_PRINT_PAGE,
      out: DOSSIER_PDF,
      title: dossier.title,
      subject: dossier.description,
      keywords: ["Türkiye", "Libya", ...briefs.map((b) => b.id)].join(", "),
      toc: true,
    },
  ];
}
