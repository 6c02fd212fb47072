// The build date: SOURCE_DATE_EPOCH when set, else the last commit's time, so that two builds of one commit match.
import { execFileSync } from "node:child_process";

export interface BuildDate {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  /** Seconds since the epoch. */
  epoch: number;
  from: "SOURCE_DATE_EPOCH" | "git" | "clock";
}

export function buildDate(env: NodeJS.ProcessEnv, repoDir: string, now = () => Date.now()): BuildDate {
  const fromEnv = env.SOURCE_DATE_EPOCH?.trim();
  if (fromEnv && /^\d+$/.test(fromEnv)) return at(Number(fromEnv), "SOURCE_DATE_EPOCH");
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (/^\d+$/.test(out)) return at(Number(out), "git");
  } catch {
    // Not a git checkout: fall back to the clock.
  }
  return at(Math.floor(now() / 1000), "clock");
}

function at(epoch: number, from: BuildDate["from"]): BuildDate {
  return { date: new Date(epoch * 1000).toISOString().slice(0, 10), epoch, from };
}
