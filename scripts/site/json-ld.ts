// A brief's structured data for search engines and citation tools: a schema.org Report with its sources as citations.
import type { Hosting } from "../hosting.ts";

export interface ReportFields {
  title: string;
  summary: string;
  aliases?: string[];
  url: string;
  dateModified: string;
  agreementDate?: string;
  sourceRefs: Array<{ id: string; title: string; outlet: string | null; published: string | null; url: string | null }>;
  siteTitle: string;
}

/** Root-relative `/briefs/x/` as published: absolute under the site URL when known, else with the path prefix. */
function published(path: string, hosting: Pick<Hosting, "siteUrl" | "pathPrefix">): string {
  const rel = String(path).replace(/^\/+/, "");
  return hosting.siteUrl ? new URL(rel, hosting.siteUrl).href : `${hosting.pathPrefix}${rel}`;
}

/** JSON-LD text, safe inside a `<script type="application/ld+json">` element: no `<`, `>` or `&` left as such. */
export function reportJsonLd(f: ReportFields, hosting: Pick<Hosting, "siteUrl" | "pathPrefix">): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Report",
    name: f.title,
    headline: f.title,
    description: f.summary,
    ...(f.aliases?.length ? { alternateName: f.aliases } : {}),
    url: published(f.url, hosting),
    inLanguage: "en",
    dateModified: f.dateModified,
    ...(f.agreementDate ? { temporalCoverage: f.agreementDate } : {}),
    isPartOf: { "@type": "CreativeWork", name: f.siteTitle, url: published("/", hosting) },
    citation: f.sourceRefs.map((s) => ({
      "@type": s.outlet ? "NewsArticle" : "CreativeWork",
      name: s.title,
      headline: s.title,
      url: s.url && /^https?:\/\//i.test(s.url) ? s.url : published(`/sources/${s.id}/`, hosting),
      ...(s.published ? { datePublished: s.published } : {}),
      ...(s.outlet ? { publisher: { "@type": "Organization", name: s.outlet } } : {}),
    })),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
