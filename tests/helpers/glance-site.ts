// The fixture build the at-a-glance tests share: a frozen copy of the seeds and catalogue (tests/fixtures/glance/).
import { join } from "node:path";
import { buildSite, REPO, type BuildArgs, type BuiltSite } from "./build.ts";

export const GLANCE_FIXTURE = join(REPO, "tests/fixtures/glance");

export function buildGlanceSite(more: BuildArgs = {}): BuiltSite {
  return buildSite({ seeds: join(GLANCE_FIXTURE, "seeds"), catalogue: join(GLANCE_FIXTURE, "agreements.yaml"), pdf: "never", ...more });
}
