// Turns the cells collected after a row label into an aligned Row: trims
// padding and merged-cell placeholders down to the template width, records a
// count mismatch instead of guessing when the width is wrong, and says how
// every cell was placed (see Placement) — a row read by guesswork is marked
// unread, and nothing downstream trusts its cells.

import type { Seg, Line } from '../cells';
import type { Cell, Placement, Row, UnreadReason } from '../report';
import type { Range } from '../../types';
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
  /** Cells on the label's own line, and on other lines (see note()). */
  onLabel: number;
  offLabel: number;
  /** The cells off the label's line stand one per line, each line holding nothing else. */
  oneEach: boolean;
  /** The line of the last cell noted. */
  prevLine: Line | null;
  /** Distinct lines off the label's line holding cells, and the first of them. */
  offLines: number;
  offLine: Line | null;
  /** The first off-label line of cells came right after the label's line (no line between). */
  nextLine: boolean;
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
/** A fresh row for a label on `line`. */
export function collected(id: string, label: Seg, line: Line, block?: string): Collected {
  return {
    id,
    label,
    labelLine: line,
    cells: [],
    onLabel: 0,
    offLabel: 0,
    oneEach: true,
    prevLine: null,
    offLines: 0,
    offLine: null,
    nextLine: false,
    sameLine: false,
    lastLine: line,
    block,
  };
}

/**
 * Records where a cell of the row sits; `before` is the content line before
 * `line` (blank lines, rules and page footers aside).
 */
export function note(c: Collected, line: Line, before: Line | null = null): void {
  if (line === c.labelLine) c.onLabel++;
  else {
    c.offLabel++;
    if (line.segs.length !== 1 || line === c.prevLine) c.oneEach = false;
    if (line !== c.offLine && line !== c.prevLine) {
      c.offLines++;
      if (c.offLine === null) {
        c.offLine = line;
        c.nextLine = before === c.labelLine;
      }
    }
  }
  c.prevLine = line;
}

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
      r.onLabel--;
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

const NO_SEGS: Seg[] = [];

/** The empty slots closing a separated label line, which may be the row's last cells (or padding). */
function trailingOf(c: Collected): Seg[] {
  return c.sameLine && c.lastLine === c.labelLine && c.labelLine.separated ? c.labelLine.trailing : NO_SEGS;
}

/** Alignment evidence from the rows wider than k whose k values are all filled in. */
export function alignOf(rows: Collected[], kOf: (c: Collected) => number): Align {
  let left = 0;
  let right = 0;
  let other = 0;
  for (const c of rows) {
    const k = kOf(c);
    // Trailing slots of a label line are empty by construction: only the cells can hold values.
    const slots: readonly { text: string }[] = c.tds ?? c.cells;
    const n = c.tds ? c.tds.length : c.cells.length + trailingOf(c).length;
    if (k <= 0 || n <= k) continue;
    let first = 0;
    while (first < slots.length && slots[first].text === '') first++;
    let last = slots.length - 1;
    while (last > first && slots[last].text === '') last--;
    if (first >= slots.length || last - first + 1 !== k) continue;
    let gap = false;
    for (let i = first; i <= last && !gap; i++) gap = slots[i].text === '';
    if (gap) continue;
    if (last === n - 1) right++;
    else if (first === 0) left++;
    else other++;
  }
  if (other > 0 || (left > 0 && right > 0)) return null;
  return right > 0 ? 'right' : left > 0 ? 'left' : null;
}

/**
 * Which k of a row's n slots are its values (slots past `slots.length` are
 * empty); `sure` is false when blank slots at both ends leave it open.
 */
export function chooseWindow(slots: readonly { text: string }[], n: number, k: number, align: Align): { from: number; to: number; sure: boolean } {
  if (n <= k) return { from: 0, to: n, sure: true };
  const m = slots.length;
  let first = 0;
  while (first < m && slots[first].text === '') first++;
  if (first >= m) {
    if (align === 'right') return { from: n - k, to: n, sure: true };
    return { from: 0, to: k, sure: align === 'left' };
  }
  let last = m - 1;
  while (slots[last].text === '') last--;
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
  found: number;
  allEmpty: boolean;
  sure: boolean;
}

export function resolveCells(c: Collected, k: number, align: Align = null): Resolved {
  const cells = c.cells;
  const trailing = trailingOf(c);
  // Trailing slots are empty by construction; they are copied in only when the window reaches them.
  const w = chooseWindow(cells, cells.length + trailing.length, k, align);
  let segs: Seg[];
  if (w.to <= cells.length) segs = w.from === 0 && w.to === cells.length ? cells : cells.slice(w.from, w.to);
  else segs = [...cells, ...trailing].slice(w.from, w.to);
  let allEmpty = true;
  for (const s of segs) if (s.text !== '') allEmpty = false;
  return { segs, found: segs.length, allEmpty, sure: w.sure };
}

const LABEL_ROW = { placement: 'label-row' as const };
const CELL_BLOCK = { placement: 'cell-block' as const };
const SCATTERED = { placement: 'guessed' as const, unread: 'scattered' as const };
const DETACHED = { placement: 'guessed' as const, unread: 'detached' as const };
const AMBIGUOUS = { placement: 'guessed' as const, unread: 'ambiguous' as const };

const EXACT_WIDTH = { placement: 'exact-width' as const };

/** How a text row's cells were placed, from the lines they sit on (see note()); k is the template width. */
export function textPlacement(c: Collected, k: number): { placement: Placement; unread?: UnreadReason } {
  if (c.offLabel === 0) return LABEL_ROW;
  if (c.onLabel > 0) return SCATTERED;
  // One value per line, each line holding nothing else: a clean block (a copied web page).
  if (c.oneEach) return CELL_BLOCK;
  return detachedRow(c, k) ? EXACT_WIDTH : DETACHED;
}

/**
 * PDF text that put a row's numbers on the line after its label: read by
 * position only when that one line follows the label's directly, holds
 * nothing but exactly the template's width of values, and the label's line
 * has no empty slots of its own the values could belong to.
 */
function detachedRow(c: Collected, k: number): boolean {
  if (c.offLines !== 1 || !c.nextLine || c.offLabel !== k || c.cells.length !== k) return false;
  const label = c.labelLine;
  if (label.separated && (label.width > 1 || label.trailing.length > 0)) return false;
  const line = c.offLine!;
  if (line.segs.length !== k || line.trailing.length > 0) return false;
  for (const s of line.segs) {
    const cls = valueClass(s);
    if (cls !== 'number' && cls !== 'placeholder') return false;
  }
  return true;
}

function cellOf(col: ColumnDef, colIndex: number, text: string, range: { start: number; end: number }, placement: Placement): Cell {
  const cls = valueClass({ text, start: 0, end: 0 });
  if (cls === 'number') return { col: col.id, colIndex, text, range, kind: 'number', value: parseNumber(text), placement };
  if (cls === 'empty') return { col: col.id, colIndex, text: '', range, kind: 'empty', value: null, placement };
  return { col: col.id, colIndex, text, range, kind: 'text', value: null, placement, leadingNumber: leadingNumber(toHalfWidth(text)) };
}

export function makeCell(src: SourceText, seg: Seg, col: ColumnDef, colIndex: number, placement: Placement): Cell {
  const range = { start: src.toOriginal(seg.start), end: src.toOriginalEnd(seg.end) };
  if (seg.text === '') range.end = Math.max(range.start, src.toOriginalEnd(seg.end));
  return cellOf(col, colIndex, seg.text, range, placement);
}

function htmlCell(src: SourceText, td: HtmlTd, col: ColumnDef, colIndex: number, placement: Placement): Cell {
  if (td.text === '') {
    const at = insertionPoint(src.original, td) ?? td.open;
    // Word pads an empty cell with one &nbsp;: the value takes its place rather than standing before it.
    const pad = src.original.startsWith('&nbsp;', at) && at + 6 <= td.close ? 6 : 0;
    return cellOf(col, colIndex, '', { start: at, end: at + pad }, placement);
  }
  return cellOf(col, colIndex, td.text, { start: td.textStart, end: td.textEnd }, placement);
}

export interface BuildOptions {
  /** Table 四: the placement its parser worked out (its row has no label of its own). */
  placement?: { placement: Placement; unread?: UnreadReason };
  /** Where the table's rows carry padding (see alignOf). */
  align?: Align;
  /** A short row that lost a value to a converter's table fragments (see fragments.ts). */
  cutShort?: (c: Collected, k: number) => boolean;
}

export function buildRow(src: SourceText, c: Collected, columns: ColumnDef[], label: string, opts: BuildOptions = {}): Row {
  const labelRange = { start: src.toOriginal(c.label.start), end: src.toOriginalEnd(c.label.end) };
  if (c.tds) return htmlRow(src, c, columns, label, labelRange, opts.align ?? null);
  const k = columns.length;
  const { segs, found, allEmpty, sure } = resolveCells(c, k, opts.align ?? null);
  const last = segs.length > 0 ? segs[segs.length - 1] : null;
  const valuesRange = last
    ? { start: src.toOriginal(segs[0].start), end: Math.max(src.toOriginal(segs[0].start), src.toOriginalEnd(last.end)) }
    : { start: labelRange.end, end: labelRange.end };
  // Every row has the same fields from the start (one object shape for the rules that scan them).
  const row: Row = {
    id: c.id,
    label,
    labelRange,
    cells: [],
    status: 'ok',
    found,
    valuesRange,
    block: c.block,
    unread: undefined,
    bare: false,
    decoding: undefined,
  };
  const placed = sure ? (opts.placement ?? textPlacement(c, k)) : AMBIGUOUS;
  if (placed.unread) row.unread = placed.unread;
  if (allEmpty) {
    row.status = 'empty';
    if (segs.length === k) {
      row.cells = columns.map((col, i) => makeCell(src, segs[i], col, i, placed.placement));
      return row;
    }
    // No slot per column: only the row is known; its cells are stand-ins at the label's end.
    row.bare = true;
    row.cells = standIns(columns, valuesRange, placed.placement);
    return row;
  }
  if (found !== k) {
    row.status = 'count';
    row.cells = segs.map((s, i) => makeCell(src, s, columns[Math.min(i, k - 1)], Math.min(i, k - 1), 'guessed'));
    if (found < k && !row.unread && opts.cutShort?.(c, k)) row.unread = 'truncated';
    return row;
  }
  row.cells = segs.map((s, i) => makeCell(src, s, columns[i], i, placed.placement));
  return row;
}

function htmlRow(src: SourceText, c: Collected, columns: ColumnDef[], label: string, labelRange: { start: number; end: number }, align: Align): Row {
  const k = columns.length;
  const all = c.tds!;
  const w = chooseWindow(all, all.length, k, align);
  const tds = c.tds!.slice(w.from, w.to);
  const cellPlacement = w.sure ? ('html-cell' as const) : ('guessed' as const);
  const row: Row = {
    id: c.id,
    label,
    labelRange,
    cells: [],
    status: 'ok',
    found: tds.length,
    valuesRange: { start: labelRange.end, end: labelRange.end },
    block: c.block,
    unread: undefined,
    bare: false,
    decoding: undefined,
  };
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
    row.cells = standIns(columns, row.valuesRange, cellPlacement);
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

/** Empty cells of a row with no slot per column, all at one insertion point: nowhere to write a value. */
function standIns(columns: ColumnDef[], at: Range, placement: Placement): Cell[] {
  return columns.map((col, i) => ({ col: col.id, colIndex: i, text: '', range: { ...at }, kind: 'empty' as const, value: null, placement }));
}
