// Turns the cells collected after a row label into an aligned Row: trims
// padding and merged-cell placeholders down to the template width, records a
// count mismatch instead of guessing when the width is wrong, and says how
// every cell was placed (see Placement) — a row read by guesswork is marked
// unread, and nothing downstream trusts its cells.

import type { Seg, Line } from '../cells';
import type { Cell, Placement, Row, UnreadReason } from '../report';
import type { ColumnDef } from '../../template/tables';
import { parseNumber, toHalfWidth } from '../../text/normalize';
import { leadingNumber, valueClass } from './classify';
import type { SourceText } from '../../text/source';
import { insertionPoint, type HtmlTd } from './htmlCells';

export interface Collected {
  id: string;
  label: Seg;
  labelLine: Line;
  cells: Seg[];
  /** The line each cell sits on (parallel to cells). */
  lines: Line[];
  /** Cells arrived on the label's own line (a separated row). */
  sameLine: boolean;
  lastLine: Line;
  block?: string;
  /**
   * HTML drafts: the row's value cells by <td> index (see htmlRows.ts);
   * null when the label is not inside a table cell. Undefined for plain text.
   */
  tds?: HtmlTd[] | null;
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
    if (r.sameLine && r.labelLine.separated && r.labelLine.width < mode && r.cells[0]?.text === '' && r.cells.length > 1) {
      r.cells = r.cells.slice(1);
      r.lines = r.lines.slice(1);
    }
  }
}

/**
 * Which side of a table's rows carries padding: 'right' when values end at the
 * row's last slot and empty slots come between label and values (a Markdown
 * table whose label column spans several columns), 'left' when values follow
 * the label and empty slots pad the end (rows closed by "||"). Null when the
 * complete rows do not agree, or show no padding at all.
 */
export type Align = 'left' | 'right' | null;

/** The slots after a row's label: the cells, and on a separated label line the empty ones at its end too. */
function slotsOf(c: Collected): { segs: Seg[]; lines: Line[] } {
  if (c.tds) return { segs: [], lines: [] };
  if (!(c.sameLine && c.lastLine === c.labelLine && c.labelLine.separated) || c.labelLine.trailing.length === 0) return { segs: c.cells, lines: c.lines };
  return { segs: [...c.cells, ...c.labelLine.trailing], lines: [...c.lines, ...c.labelLine.trailing.map(() => c.labelLine)] };
}

function emptiesOf(c: Collected): boolean[] {
  return c.tds ? c.tds.map((td) => td.text === '') : slotsOf(c).segs.map((s) => s.text === '');
}

/** Alignment evidence from the rows whose k values are all filled in. */
export function alignOf(rows: Collected[], kOf: (c: Collected) => number): Align {
  let left = 0;
  let right = 0;
  let other = 0;
  for (const c of rows) {
    const e = emptiesOf(c);
    const k = kOf(c);
    const first = e.indexOf(false);
    const last = e.lastIndexOf(false);
    if (k <= 0 || e.length <= k || first < 0 || last - first + 1 !== k || e.slice(first, last + 1).some((x) => x)) continue;
    if (last === e.length - 1) right++;
    else if (first === 0) left++;
    else other++;
  }
  if (other > 0 || (left > 0 && right > 0)) return null;
  return right > 0 ? 'right' : left > 0 ? 'left' : null;
}

/** Which k of a row's n slots are its values; `sure` is false when blank slots at both ends leave it open. */
export function chooseWindow(empty: boolean[], k: number, align: Align): { from: number; to: number; sure: boolean } {
  const n = empty.length;
  if (n <= k) return { from: 0, to: n, sure: true };
  const first = empty.indexOf(false);
  if (first < 0) {
    if (align === 'right') return { from: n - k, to: n, sure: true };
    return { from: 0, to: k, sure: align === 'left' };
  }
  const last = empty.lastIndexOf(false);
  // More values than columns: the row is too wide whatever the blanks (table-cell-count).
  if (last - first + 1 > k) return { from: first, to: last + 1, sure: true };
  const lo = Math.max(0, last - k + 1);
  const hi = Math.min(first, n - k);
  if (lo === hi) return { from: lo, to: lo + k, sure: true };
  if (align === 'right' && hi === n - k) return { from: hi, to: n, sure: true };
  if (align === 'left' && lo === 0) return { from: 0, to: k, sure: true };
  return { from: lo, to: lo + k, sure: false };
}

interface Resolved {
  segs: Seg[];
  lines: Line[];
  found: number;
  allEmpty: boolean;
  sure: boolean;
}

export function resolveCells(c: Collected, k: number, align: Align = null): Resolved {
  const slots = slotsOf(c);
  const w = chooseWindow(slots.segs.map((s) => s.text === ''), k, align);
  const segs = slots.segs.slice(w.from, w.to);
  const lines = slots.lines.slice(w.from, w.to);
  return { segs, lines, found: segs.length, allEmpty: segs.every((s) => s.text === ''), sure: w.sure };
}

/** How a text row's cells were placed, from the lines they sit on. */
export function textPlacement(c: Collected, lines: Line[]): { placement: Placement; unread?: UnreadReason } {
  if (lines.every((l) => l === c.labelLine)) return { placement: 'label-row' };
  if (lines.includes(c.labelLine)) return { placement: 'guessed', unread: 'scattered' };
  // One value per line, each line holding nothing else: a clean block (a copied web page).
  if (new Set(lines).size === lines.length && lines.every((l) => l.segs.length === 1)) return { placement: 'cell-block' };
  return { placement: 'guessed', unread: 'detached' };
}

function cellOf(col: ColumnDef, colIndex: number, text: string, range: { start: number; end: number }, placement: Placement): Cell {
  const cls = valueClass({ text, start: 0, end: 0 });
  if (cls === 'number') return { col: col.id, colIndex, text, range, kind: 'number', value: parseNumber(text), placement };
  if (cls === 'empty') return { col: col.id, colIndex, text: '', range, kind: 'empty', value: null, placement };
  return { col: col.id, colIndex, text, range, kind: 'text', value: null, leadingNumber: leadingNumber(toHalfWidth(text)), placement };
}

export function makeCell(src: SourceText, seg: Seg, col: ColumnDef, colIndex: number, placement: Placement): Cell {
  const range = { start: src.toOriginal(seg.start), end: src.toOriginalEnd(seg.end) };
  if (seg.text === '') range.end = Math.max(range.start, src.toOriginalEnd(seg.end));
  return cellOf(col, colIndex, seg.text, range, placement);
}

function htmlCell(src: SourceText, td: HtmlTd, col: ColumnDef, colIndex: number, placement: Placement): Cell {
  if (td.text === '') {
    const at = insertionPoint(src.original, td) ?? td.open;
    return cellOf(col, colIndex, '', { start: at, end: at }, placement);
  }
  return cellOf(col, colIndex, td.text, { start: td.textStart, end: td.textEnd }, placement);
}

export interface BuildOptions {
  /** Table 四: the placement its parser worked out (its row has no label of its own). */
  placement?: { placement: Placement; unread?: UnreadReason };
  /** Where the table's rows carry padding (see alignOf). */
  align?: Align;
}

export function buildRow(src: SourceText, c: Collected, columns: ColumnDef[], label: string, opts: BuildOptions = {}): Row {
  const labelRange = { start: src.toOriginal(c.label.start), end: src.toOriginalEnd(c.label.end) };
  if (c.tds) return htmlRow(src, c, columns, label, labelRange, opts.align ?? null);
  const k = columns.length;
  const { segs, lines, found, allEmpty, sure } = resolveCells(c, k, opts.align ?? null);
  const last = segs.length > 0 ? segs[segs.length - 1] : null;
  const valuesRange = last
    ? { start: src.toOriginal(segs[0].start), end: Math.max(src.toOriginal(segs[0].start), src.toOriginalEnd(last.end)) }
    : { start: labelRange.end, end: labelRange.end };
  const row: Row = { id: c.id, label, labelRange, cells: [], status: 'ok', found, valuesRange, block: c.block };
  const placed = sure ? opts.placement ?? textPlacement(c, lines) : { placement: 'guessed' as const, unread: 'ambiguous' as const };
  if (placed.unread) row.unread = placed.unread;
  if (allEmpty) {
    row.status = 'empty';
    if (segs.length === k) {
      row.cells = columns.map((col, i) => makeCell(src, segs[i], col, i, placed.placement));
      return row;
    }
    // No slot per column: only the row is known; its cells are stand-ins at the label's end.
    row.bare = true;
    row.cells = columns.map((col, i) => ({ col: col.id, colIndex: i, text: '', range: { ...valuesRange }, kind: 'empty' as const, value: null, placement: placed.placement }));
    return row;
  }
  if (found !== k) {
    row.status = 'count';
    row.cells = segs.map((s, i) => makeCell(src, s, columns[Math.min(i, k - 1)], Math.min(i, k - 1), 'guessed'));
    return row;
  }
  row.cells = segs.map((s, i) => makeCell(src, s, columns[i], i, placed.placement));
  return row;
}

function htmlRow(src: SourceText, c: Collected, columns: ColumnDef[], label: string, labelRange: { start: number; end: number }, align: Align): Row {
  const k = columns.length;
  const w = chooseWindow(c.tds!.map((td) => td.text === ''), k, align);
  const tds = c.tds!.slice(w.from, w.to);
  const cellPlacement = w.sure ? ('html-cell' as const) : ('guessed' as const);
  const row: Row = { id: c.id, label, labelRange, cells: [], status: 'ok', found: tds.length, valuesRange: { start: labelRange.end, end: labelRange.end }, block: c.block };
  if (!w.sure) row.unread = 'ambiguous';
  if (tds.length > 0) {
    const first = htmlCell(src, tds[0], columns[0], 0, 'html-cell');
    const lastTd = tds[tds.length - 1];
    row.valuesRange = { start: Math.min(first.range.start, tds[0].open), end: Math.max(lastTd.textEnd, lastTd.open) };
  }
  if (tds.every((td) => td.text === '')) {
    row.status = 'empty';
    if (tds.length === k) {
      row.cells = columns.map((col, i) => htmlCell(src, tds[i], col, i, cellPlacement));
      return row;
    }
    // Without a <td> per column there is nowhere to write: stand-ins only.
    row.bare = true;
    row.cells = columns.map((col, i) => ({ col: col.id, colIndex: i, text: '', range: { ...row.valuesRange }, kind: 'empty' as const, value: null, placement: cellPlacement }));
    return row;
  }
  if (tds.length !== k) {
    row.status = 'count';
    row.cells = tds.map((td, i) => htmlCell(src, td, columns[Math.min(i, k - 1)], Math.min(i, k - 1), 'guessed'));
    return row;
  }
  row.cells = tds.map((td, i) => htmlCell(src, td, columns[i], i, cellPlacement));
  return row;
}
