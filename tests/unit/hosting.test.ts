import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normalisePrefix, normaliseSiteUrl, resolveHosting } from "../../scripts/hosting.ts";

const resolve = suite("resolveHosting()");

resolve("should build for the domain root, with no site URL and indexing on, when nothing is set", () => {
  const { hosting, diagnostics } = resolveHosting({ env: {}, settings: {} });
  assert.equal(hosting, { pathPrefix: "/", siteUrl: null, noindex: false });
  assert.equal(diagnostics.map((d) => `${d.severity} [${d.rule}]`), ["info [site-url]"]);
});

resolve("should take the prefix from the flag first, then PATH_PREFIX, then the site URL's path", () => {
  const env = { PATH_PREFIX: "from-env", SITE_URL: "https://me.github.io/from-url" };
  assert.is(resolveHosting({ flagPrefix: "from-flag", env, settings: {} }).hosting.pathPrefix, "/from-flag/");
  assert.is(resolveHosting({ env, settings: {} }).hosting.pathPrefix, "/from-env/");
  assert.is(resolveHosting({ env: { SITE_URL: env.SITE_URL }, settings: {} }).hosting.pathPrefix, "/from-url/");
  assert.is(resolveHosting({ env: { PATH_PREFIX: "" }, settings: { url: "https://me.github.io/dossier/" } }).hosting.pathPrefix, "/dossier/");
});

resolve("should prefer SITE_URL to url in site.yaml, and end the address with a slash", () => {
  const { hosting } = resolveHosting({ env: { SITE_URL: "https://me.github.io/dossier" }, settings: { url: "https://old.example.org/" } });
  assert.is(hosting.siteUrl, "https://me.github.io/dossier/");
  assert.is(resolveHosting({ env: {}, settings: { url: "https://old.example.org" } }).hosting.siteUrl, "https://old.example.org/");
});

resolve("should ignore a site URL that is not an absolute http(s) address, with a warning naming where it came from", () => {
  const fromYaml = resolveHosting({ env: {}, settings: { url: "me.github.io/dossier" } });
  assert.is(fromYaml.hosting.siteUrl, null);
  assert.ok(fromYaml.diagnostics.some((d) => d.severity === "warning" && d.file === "content/_data/site.yaml" && d.rule === "site-url"));
  const fromEnv = resolveHosting({ env: { SITE_URL: "ftp://example.org/" }, settings: {} });
  assert.ok(fromEnv.diagnostics.some((d) => d.severity === "warning" && d.file === "SITE_URL"));
});

resolve("should warn when the site URL's path is not the path prefix", () => {
  const { diagnostics } = resolveHosting({ flagPrefix: "/a/", env: { SITE_URL: "https://example.org/b/" }, settings: {} });
  assert.equal(diagnostics.filter((d) => d.severity === "warning").map((d) => d.rule), ["site-url"]);
  assert.equal(resolveHosting({ flagPrefix: "b", env: { SITE_URL: "https://example.org/b" }, settings: {} }).diagnostics, []);
});

resolve("should read noindex from DOSSIER_NOINDEX before site.yaml", () => {
  assert.is(resolveHosting({ env: {}, settings: { noindex: true } }).hosting.noindex, true);
  assert.is(resolveHosting({ env: { DOSSIER_NOINDEX: "no" }, settings: { noindex: true } }).hosting.noindex, false);
  assert.is(resolveHosting({ env: { DOSSIER_NOINDEX: "1" }, settings: { noindex: false } }).hosting.noindex, true);
  assert.is(resolveHosting({ env: { DOSSIER_NOINDEX: " " }, settings: { noindex: true } }).hosting.noindex, true);
});

resolve("should keep the dossier out of search engines, with a warning, when noindex is not a yes or no", () => {
  for (const input of [{ env: { DOSSIER_NOINDEX: "sometimes" }, settings: {} }, { env: {}, settings: { noindex: "yes please" } }]) {
    const { hosting, diagnostics } = resolveHosting(input);
    assert.is(hosting.noindex, true);
    assert.ok(diagnostics.some((d) => d.severity === "warning" && d.rule === "noindex"));
  }
});

const prefix = suite("normalisePrefix()");

prefix("should give a prefix exactly one slash at each end, and `/` for none", () => {
  assert.is(normalisePrefix("dossier"), "/dossier/");
  assert.is(normalisePrefix("//dossier//"), "/dossier/");
  assert.is(normalisePrefix(" /a/b "), "/a/b/");
  assert.is(normalisePrefix(""), "/");
  assert.is(normalisePrefix("/"), "/");
});

const siteUrl = suite("normaliseSiteUrl()");

siteUrl("should drop the query and fragment and end the path with a slash", () => {
  assert.is(normaliseSiteUrl("https://me.github.io/dossier?x=1#top"), "https://me.github.io/dossier/");
  assert.is(normaliseSiteUrl("http://localhost:8080"), "http://localhost:8080/");
});

siteUrl("should refuse relative and non-web addresses", () => {
  assert.is(normaliseSiteUrl("/dossier/"), null);
  assert.is(normaliseSiteUrl("mailto:desk@example.org"), null);
  assert.is(normaliseSiteUrl("javascript:alert(1)"), null);
});

resolve.run();
prefix.run();
siteUrl.run();
