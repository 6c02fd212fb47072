// Runs the Nu HTML Checker (vnu.jar from the vnu-jar package) with the system's Java over built sites, and returns its
// errors as `page:line:col: message`. Java is never downloaded: without it the check skips loudly, or fails under CI.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const JAVA_INSTALL_HINT = "install a Java runtime with `apt-get install -y default-jre-headless`, or set JAVA_HOME";

/** JAVA_HOME's java, else the first `java` on PATH; undefined when there is none. */
export function javaPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.JAVA_HOME && existsSync(join(env.JAVA_HOME, "bin", "java"))) return join(env.JAVA_HOME, "bin", "java");
  const found = spawnSync("java", ["-version"], { encoding: "utf8" });
  return found.status === 0 ? "java" : undefined;
}

/** The jar itself, from the package's own export (a path string); its wrapper is not used, as it may download Java. */
function vnuJar(): string {
  const exported = createRequire(import.meta.url)("vnu-jar") as { toString(): string };
  return String(exported);
}

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * The checker's errors for every HTML page under each of `sites`, as `<site>/<page>:line:col: message`, or undefined
 * when there is no Java. One Java run checks all the sites.
 */
export function nuErrors(sites: readonly string[]): string[] | undefined {
  const java = javaPath();
  if (!java) return undefined;
  const run = spawnSync(java, ["-jar", vnuJar(), "--format", "json", "--errors-only", "--skip-non-html", ...sites], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML Checker gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => {
      const file = m.url.startsWith("file:") ? fileURLToPath(m.url) : m.url;
      const site = sites.find((s) => file.startsWith(`${s}/`));
      const where = site ? `${relative(join(site, ".."), file)}` : file;
      return `${where}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}: ${m.message}`;
    })
    .sort();
}
