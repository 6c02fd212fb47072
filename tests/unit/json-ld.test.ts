import { suite } from "uvu";
import * as assert from "uvu/assert";
import { reportJsonLd } from "../../scripts/site/json-ld.ts";

const fields = {
  title: "A </script><script>alert(1)</script> brief",
  summary: "Summary & more.",
  url: "/briefs/x/",
  dateModified: "2026-01-01",
  agreementDate: "2019-11-27",
  sourceRefs: [
    { id: "s1", title: "Headline", outlet: "Outlet", published: "2025-07-11", url: "https://example.org/a" },
    { id: "s2", title: "Untitled", outlet: null, published: null, url: null },
  ],
  siteTitle: "Dossier",
};

const ld = suite("reportJsonLd()");

ld("should describe the brief as a schema.org Report with its sources as citations and the build date as dateModified", () => {
  const data = JSON.parse(reportJsonLd(fields, { siteUrl: "https://me.github.io/d/", pathPrefix: "/d/" }));
  assert.equal([data["@context"], data["@type"], data.dateModified, data.url], ["https://schema.org", "Report", "2026-01-01", "https://me.github.io/d/briefs/x/"]);
  assert.equal(data.citation, [
    { "@type": "NewsArticle", name: "Headline", headline: "Headline", url: "https://example.org/a", datePublished: "2025-07-11", publisher: { "@type": "Organization", name: "Outlet" } },
    { "@type": "CreativeWork", name: "Untitled", headline: "Untitled", url: "https://me.github.io/d/sources/s2/" },
  ]);
});

ld("should never let text close its script element, and use the path prefix without a site URL", () => {
  const text = reportJsonLd(fields, { siteUrl: null, pathPrefix: "/dossier/" });
  assert.not.match(text, /[<>&]/);
  assert.is(JSON.parse(text).name, fields.title);
  assert.is(JSON.parse(text).url, "/dossier/briefs/x/");
});

ld.run();
