// Turns the cells collected after a row label into an aligned Row: trims
// padding and merged-cell placeholders down to the template width, and
// records a count mismatch instead of guessing when the width is wrong.

import type { Seg, Line } from '../cells';
import type { Cell, Row } from '../report';
import type { ColumnDef } from '../../template/tables';
import { parseNumber, toHalfWidth } from '../../text/normalize';
import { leadingNumber, valueClass } from './classify';
import type { SourceText } from '../../text/source';

export interface Collected {
  id: string;
  label: Seg;
  labelLine: Line;
  cells: Seg[];
  /** Cells arrived on the label's own line (a separated row). */
  sameLine: boolean;
  lastLine: Line;
  block?: string;
}

/**
 * In a separated table every row has the same width. A row one cell narrower
 * whose first cell after the label is empty has lost a value: that empty cell
 * is the merged label column, not the first value.
 */
export function dropMergedColumn(rows: Collected[]): void {
  const widths = new Map<number, number>();
  for (const r of rows) if (r.sameLine && r.labelLine.separated) widths.set(r.labelLine.width, (widths.get(r.labelLine.width) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of widths) if (n > best) [mode, best] = [w, n];
  if (best < 3) return;
  for (const r of rows) {
    if (r.sameLine && r.labelLine.separated && r.labelLine.width < mode && r.cells[0]?.text === '' && r.cells.length > 1) r.cells = r.cells.slice(1);
  }
}

export function resolveCells(c: Collected, k: number): { segs: Seg[]; found: number; allEmpty: boolean } {
  let lo = 0;
  let hi = c.cells.length;
  while (hi - lo > k && c.cells[hi - 1].text === '') hi--;
  while (hi - lo > k && c.cells[lo].text === '') lo++;
  const segs = c.cells.slice(lo, hi);
  if (segs.length < k && c.sameLine && c.lastLine === c.labelLine) {
    // "1 | 0 | 0 | 0 | 0 | 0 | |": the last cell is really empty, not padding.
    for (const t of c.lastLine.trailing) {
      if (segs.length >= k) break;
      segs.push(t);
    }
  }
  const allEmpty = segs.every((s) => s.text === '');
  return { segs, found: segs.length, allEmpty };
}

export function makeCell(src: SourceText, seg: Seg, col: ColumnDef, colIndex: number): Cell {
  const range = { start: src.toOriginal(seg.start), end: src.toOriginalEnd(seg.end) };
  if (seg.text === '') range.end = Math.max(range.start, src.toOriginalEnd(seg.end));
  const cls = valueClass(seg);
  if (cls === 'number') {
    return { col: col.id, colIndex, text: seg.text, range, kind: 'number', value: parseNumber(seg.text) };
  }
  if (cls === 'empty') return { col: col.id, colIndex, text: '', range, kind: 'empty', value: null };
  return { col: col.id, colIndex, text: seg.text, range, kind: 'text', value: null, leadingNumber: leadingNumber(toHalfWidth(seg.text)) };
}

export function buildRow(src: SourceText, c: Collected, columns: ColumnDef[], label: string): Row {
  const k = columns.length;
  const { segs, found, allEmpty } = resolveCells(c, k);
  const labelRange = { start: src.toOriginal(c.label.start), end: src.toOriginalEnd(c.label.end) };
  const last = segs.length > 0 ? segs[segs.length - 1] : null;
  const valuesRange = last
    ? { start: src.toOriginal(segs[0].start), end: Math.max(src.toOriginal(segs[0].start), src.toOriginalEnd(last.end)) }
    : { start: labelRange.end, end: labelRange.end };
  const row: Row = { id: c.id, label, labelRange, cells: [], status: 'ok', found, valuesRange, block: c.block };
  if (allEmpty) {
    row.status = 'empty';
    // With one slot per column the empties are real cells; otherwise only the row is known.
    row.cells = columns.map((col, i) =>
      segs.length === k
        ? makeCell(src, segs[i], col, i)
        : { col: col.id, colIndex: i, text: '', range: { ...valuesRange }, kind: 'empty' as const, value: null },
    );
    return row;
  }
  if (found !== k) {
    row.status = 'count';
    row.cells = segs.map((s, i) => makeCell(src, s, columns[Math.min(i, k - 1)], Math.min(i, k - 1)));
    return row;
  }
  row.cells = segs.map((s, i) => makeCell(src, s, columns[i], i));
  return row;
}
