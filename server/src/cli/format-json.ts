// The machine format of interfaces.md: one array, one element per file in
// argument order. Keys are written in a fixed order so output diffs cleanly;
// the optional keys (skipped, error, skippedRules, fixed) appear only when set.

import type { FileResult } from './lint-file';

export function formatJson(results: FileResult[]): string {
  const out = results.map((r) => {
    const o: Record<string, unknown> = { file: r.file, reportYear: r.reportYear, template: r.template };
    if (r.skipped !== undefined) o.skipped = r.skipped;
    if (r.error !== undefined) o.error = r.error;
    o.diagnostics = r.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: d.fix,
    }));
    if (r.skippedRules && r.skippedRules.length > 0) o.skippedRules = r.skippedRules;
    if (r.fixed !== undefined) o.fixed = r.fixed;
    return o;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
