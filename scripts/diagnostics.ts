// Diagnostics as data: stages return them, the CLI prints them and decides the exit code.
import type { Diagnostic, Severity } from "./model.ts";

export function diagnostic(
  file: string,
  severity: Severity,
  message: string,
  rule: string,
  line = 1,
  column = 1,
): Diagnostic {
  return { file, line, column, severity, message, rule };
}

/** `path:line:col: severity message [rule]`, the form editors and CI annotate. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${visible(d.file)}:${d.line}:${d.column}: ${d.severity} ${visible(d.message)} [${d.rule}]`;
}

/** How many diagnostics of one rule the console shows before it sums up the rest. */
export const SHOWN_PER_RULE = 5;

/**
 * The console's report: in report order, the first `perRule` diagnostics of each rule, then for each rule with more a
 * line "and N more like this (rule …), <where the rest are>". The report file keeps them all.
 */
export function consoleLines(list: readonly Diagnostic[], rest: string, perRule = SHOWN_PER_RULE): string[] {
  const count = new Map<string, number>();
  const lines: string[] = [];
  for (const d of list) {
    const n = (count.get(d.rule) ?? 0) + 1;
    count.set(d.rule, n);
    if (n <= perRule) lines.push(formatDiagnostic(d));
  }
  for (const [rule, n] of count) {
    if (n > perRule) lines.push(`and ${n - perRule} more like this (rule ${rule}), ${rest}`);
  }
  return lines;
}

/** Control characters (a file name may hold a line break) shown as `\u000A`, so one diagnostic stays one line. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for reports: by file, then position, then severity and rule. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      compareStrings(a.rule, b.rule) ||
      compareStrings(a.message, b.message),
  );
}

/** Code-point comparison: the same order whatever the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Non-zero on any error, or on any warning when `strict` is set. */
export function exitCode(list: readonly Diagnostic[], strict: boolean): number {
  const failing = list.some(
    (d) => d.severity === "error" || (strict && d.severity === "warning"),
  );
  return failing ? 1 : 0;
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity] += 1;
  return counts;
}
