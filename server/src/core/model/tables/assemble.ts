// Walks the lines of a table region and collects, for every row label, the
// cells that follow it — on the same line (separated rows) or on the lines
// after it (one cell per line) — until the next label, header or note.

import type { Line, Seg } from '../cells';
import { valueClass } from './classify';
import { collected, note, type Collected } from './rowBuild';

export type LabelHit = { kind: 'row'; id: string; block?: string } | { kind: 'group'; id: string } | { kind: 'header' } | { kind: 'block'; id: string };

export interface Matcher {
  /** Classifies a text cell (on its line); null when it is not a label this table knows. */
  match(seg: Seg, line: Line): LabelHit | null;
  /** Called for text cells that are not labels (column headers, notes). */
  onText?(seg: Seg): void;
}

export interface Assembled {
  rows: Collected[];
  /** Row ids of labels that had no cells (group labels, or empty rows). */
  lastSeg: Seg | null;
}

/** A note cell continuing a label ("（区分处理的，只计这一情形…）" on its own line). */
function isLabelContinuation(seg: Seg, row: Collected): boolean {
  return row.cells.length === 0 && !/[0-9０-９]/.test(seg.text);
}

export function assembleRows(lines: Line[], matcher: Matcher): Assembled {
  const rows: Collected[] = [];
  let cur: Collected | null = null;
  let lastSeg: Seg | null = null;
  const close = () => {
    if (cur) rows.push(cur);
    cur = null;
  };
  for (const line of lines) {
    if (line.blank || line.rule) continue;
    for (const seg of line.segs) {
      const cls = valueClass(seg);
      // "1.属于国家秘密" starts with a digit: a label first, a noted value only if no label matches.
      const hit = cls === 'text' || cls === 'noted' ? matcher.match(seg, line) : null;
      if (cls === 'text' || hit) {
        if (hit && (hit.kind === 'row' || hit.kind === 'group')) {
          close();
          cur = collected(hit.id, seg, line, hit.kind === 'row' ? hit.block : undefined);
          lastSeg = seg;
          continue;
        }
        if (hit) {
          close();
          lastSeg = seg;
          continue;
        }
        if (cur && isLabelContinuation(seg, cur)) {
          lastSeg = seg;
          continue;
        }
        if (cur && cur.cells.length > 0 && seg.text.length <= 12 && !/[。，；]/.test(seg.text)) {
          // Short text in a value position ("不适用"): a non-number cell of this row.
          cur.cells.push(seg);
          note(cur, line);
          cur.lastLine = line;
          lastSeg = seg;
          continue;
        }
        matcher.onText?.(seg);
        close();
        continue;
      }
      if (!cur) continue;
      cur.cells.push(seg);
      note(cur, line);
      if (line === cur.labelLine) cur.sameLine = true;
      cur.lastLine = line;
      lastSeg = seg;
    }
    // A separated row with its values on the label's line ends with the line. A PDF row
    // (numbers after spaces) stays open: numbers wrapped onto the next line are its own,
    // and then it cannot be read by position (rowBuild marks it scattered).
    const open = cur as Collected | null;
    if (open && open.sameLine && open.lastLine === line && line.separated) close();
  }
  close();
  return { rows, lastSeg };
}
