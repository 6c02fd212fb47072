// Frozen inputs only: the Pages workflow and package.json, which an analyst's day does not touch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseDocument } from "yaml";
import { REPO } from "../helpers/build.ts";

interface Step { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { "runs-on"?: string; container?: unknown; needs?: string | string[]; permissions?: Record<string, string>; environment?: { name?: string }; steps?: Step[] }
interface Workflow { on?: Record<string, unknown>; permissions?: unknown; concurrency?: { group?: string }; jobs?: Record<string, Job> }

const text = readFileSync(join(REPO, ".github/workflows/pages.yml"), "utf8");
const document = parseDocument(text);
const workflow = document.toJS() as Workflow;
const jobs = Object.values(workflow.jobs ?? {});
const steps = jobs.flatMap((job) => job.steps ?? []);
const buildJob = jobs.find((job) => job.steps?.some((s) => s.uses?.startsWith("actions/upload-pages-artifact@")));
const deployJob = jobs.find((job) => job.steps?.some((s) => s.uses?.startsWith("actions/deploy-pages@")));
const packageJson = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts?: Record<string, string> };

function indexOf(job: Job | undefined, match: (step: Step) => boolean): number {
  return job?.steps?.findIndex(match) ?? -1;
}

test("should be valid YAML", () => {
  assert.equal(document.errors.map(String), []);
  assert.type(workflow.jobs, "object");
});

test("should run on a push to main and by hand", () => {
  assert.equal((workflow.on?.push as { branches?: string[] } | undefined)?.branches, ["main"]);
  assert.ok(workflow.on && "workflow_dispatch" in workflow.on, "no workflow_dispatch trigger");
});

test("should install with npm ci, then Chromium, then build with the prefix and address GitHub Pages reports", () => {
  assert.ok(buildJob, "no job uploads the site with actions/upload-pages-artifact");
  const npmCi = indexOf(buildJob, (s) => /^\s*npm ci\b/m.test(s.run ?? ""));
  const chromium = indexOf(buildJob, (s) => /apt-get install[^\n]*\bchromium\b/.test(s.run ?? ""));
  const pages = buildJob!.steps!.find((s) => s.uses?.startsWith("actions/configure-pages@"));
  const build = indexOf(buildJob, (s) => /^\s*npm run pdf\b/m.test(s.run ?? ""));
  const upload = indexOf(buildJob, (s) => Boolean(s.uses?.startsWith("actions/upload-pages-artifact@")));
  assert.ok(npmCi >= 0 && chromium > npmCi && build > chromium && upload > build, `steps out of order: npm ci ${npmCi}, chromium ${chromium}, build ${build}, upload ${upload}`);
  assert.ok(pages?.id, "actions/configure-pages has no id to read its outputs by");
  const env = buildJob!.steps![build]!.env ?? {};
  assert.match(env.PATH_PREFIX ?? "", new RegExp(`\\$\\{\\{\\s*steps\\.${pages!.id}\\.outputs\\.base_path\\s*\\}\\}`));
  assert.match(env.SITE_URL ?? "", new RegExp(`\\$\\{\\{\\s*steps\\.${pages!.id}\\.outputs\\.base_url\\s*\\}\\}`));
  assert.is(buildJob!.steps![upload]!.with?.path, "_site");
});

test("should build with the PDFs required, through the project's own pdf script", () => {
  const build = buildJob!.steps!.find((s) => /^\s*npm run pdf\b/m.test(s.run ?? ""));
  assert.ok(build, "no step runs npm run pdf");
  assert.ok(packageJson.scripts?.pdf, "package.json has no pdf script for the workflow to run");
});

test("should deploy with actions/deploy-pages after the build, to the github-pages environment", () => {
  assert.ok(deployJob, "no job deploys with actions/deploy-pages");
  const needs = [deployJob!.needs ?? []].flat();
  const buildName = Object.entries(workflow.jobs!).find(([, job]) => job === buildJob)![0];
  assert.ok(needs.includes(buildName), `the deploy job does not wait for ${buildName}`);
  assert.is(deployJob!.environment?.name, "github-pages");
});

test("should grant only the permissions each job needs", () => {
  assert.equal(workflow.permissions, {}, "workflow-wide permissions should be empty");
  assert.equal(buildJob!.permissions, { contents: "read", pages: "read" });
  assert.equal(deployJob!.permissions, { pages: "write", "id-token": "write" });
});

test("should let only one deployment run at a time", () => {
  assert.ok(workflow.concurrency?.group, "no concurrency group");
});

test("should pin every action to a major version or a commit", () => {
  for (const step of steps.filter((s) => s.uses)) assert.match(step.uses!, /^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/, step.uses);
});

test.run();
