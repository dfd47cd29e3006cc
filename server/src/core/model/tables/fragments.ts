// Markdown tables a PDF→Markdown converter cut a statistical table into. A
// row shorter than the template inside a fragment that is itself narrower
// than the template (its delimiter row shows fewer columns), or in a table cut
// into fragments of several widths, lost a value to the text around it ("| 规章 | 22 |
// 235 |" under "|---|---|---|" while the 55 stands in a line above): which
// value is missing cannot be told, so the row is unread, not the wrong width.
// Where the fragments are as wide as the template and of one width (a table
// split by page breaks), a short row stays a width error (table-cell-count).

import type { Line } from '../cells';
import type { Collected } from './rowBuild';

/** Cells of a Markdown delimiter row ("|---|:---:|" → 2). */
function ruleWidth(line: Line): number {
  let n = 0;
  for (const part of line.text.split(/[|｜]/)) if (part.includes('-')) n++;
  return n;
}

/**
 * Whether a row (its label and `k` template columns) that came out short sits
 * in a Markdown fragment that cannot hold the template's width, or in one of
 * fragments of several widths.
 */
export function fragmentTest(lines: Line[], labelled = true): (c: Collected, k: number) => boolean {
  // Table 四's row has no label cell: its fragment needs only the template's width.
  const extra = labelled ? 1 : 0;
  const rules = lines.filter((l) => l.rule);
  if (rules.length === 0) return () => false;
  // Fragments of one width are a table split by page breaks (read as one); fragments of
  // several widths are the converter's guesses at each piece.
  const several = new Set(rules.map(ruleWidth)).size >= 2;
  const at = new Map<Line, number>();
  lines.forEach((l, i) => at.set(l, i));
  return (c, k) => {
    const line = c.labelLine;
    if (!line.separated || c.offLabel > 0 || c.cells.length >= k) return false;
    const i = at.get(line);
    if (i === undefined) return false;
    let narrow = false;
    let ruled = false;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length; j += step) {
        const l = lines[j];
        if (l.blank || !(l.rule || l.separated)) break;
        if (!l.rule) continue;
        ruled = true;
        if (ruleWidth(l) < k + extra) narrow = true;
      }
    }
    return ruled && (narrow || several);
  };
}
