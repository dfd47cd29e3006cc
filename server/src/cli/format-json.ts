// The machine format of docs/design/interfaces.md: one array, one element per file in
// argument order. Keys are written in a fixed order so output diffs cleanly;
// the optional keys (skipped, error, skippedRules, fixed, reports) appear only when set.
// One diagnostic per line, written in batches: a file of merged drafts can
// have a hundred thousand findings, and one giant string would double the
// memory the run needs.

import type { CliDiagnostic, FileResult } from './lint-file';
import { relatedJson } from './related';

const BATCH = 2000;
export const DIAGNOSTIC_SEPARATOR = ',\n      ';

/** One diagnostic's line (also rendered in worker threads, so both paths print the same). */
export function diagnosticLine(d: CliDiagnostic): string {
  // Written out by hand: a file of merged drafts has 10⁵ of these, and this is several times
  // faster than JSON.stringify of an object. Same text, same key order (tested).
  const fix = d.fix === null ? 'null' : `"${d.fix}"`;
  const related = d.related ? `,"related":${relatedJson(d.related)}` : '';
  return `{"rule":${JSON.stringify(d.rule)},"severity":"${d.severity}","message":${JSON.stringify(d.message)},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"fix":${fix}${related}}`;
}

/** Writes the JSON document through `out`, in pieces. */
export function writeJson(results: FileResult[], out: (s: string | Uint8Array) => void): void {
  out('[');
  results.forEach((r, i) => {
    const head: Record<string, unknown> = { file: r.file, reportYear: r.reportYear, template: r.template };
    if (r.skipped !== undefined) head.skipped = r.skipped;
    if (r.error !== undefined) head.error = r.error;
    const tail: Record<string, unknown> = {};
    if (r.skippedRules && r.skippedRules.length > 0) tail.skippedRules = r.skippedRules;
    if (r.fixed !== undefined) tail.fixed = r.fixed;
    if (r.reports !== undefined) tail.reports = r.reports;
    const fields = (o: Record<string, unknown>) =>
      Object.entries(o)
        .map(([k, v]) => `\n    ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
        .join('');
    let piece = `${i > 0 ? ',' : ''}\n  {${fields(head)}\n    "diagnostics": [`;
    r.diagnostics.forEach((d, k) => {
      piece += `${k > 0 ? ',' : ''}\n      ${diagnosticLine(d)}`;
      if (piece.length > BATCH * 100) {
        out(piece);
        piece = '';
      }
    });
    // Chunks rendered in worker threads: already the same lines, as UTF-8.
    (r.json ?? []).forEach((chunk, k) => {
      out(piece + (k > 0 ? DIAGNOSTIC_SEPARATOR : '\n      '));
      piece = '';
      out(chunk);
    });
    const any = r.diagnostics.length > 0 || (r.json?.length ?? 0) > 0;
    const rest = fields(tail);
    piece += `${any ? '\n    ' : ''}]${rest.length > 0 ? ',' + rest.slice(0, -1) : ''}\n  }`;
    out(piece);
  });
  out(results.length > 0 ? '\n]\n' : ']\n');
}

/** The whole document as one string (tests, small runs). */
export function formatJson(results: FileResult[]): string {
  let s = '';
  writeJson(results, (piece) => (s += typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8')));
  return s;
}
