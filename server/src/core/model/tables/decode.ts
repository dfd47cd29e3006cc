// Rows whose numbers lost their separators ("（一）予以公开7000007" is seven
// cells): read by the relations within the row — table 三: 总计 = the sum of
// the six applicant columns; table 四: in each of its three groups, 总计 = the
// sum of the other four. A row is decoded only when exactly one split fits;
// the relations between rows (table 三's column totals and balance) are then
// checked by the arithmetic rules, as for any row (so a published error shows
// once the rows are read). Several splits, none, or a run too long to try:
// the row stays unread.

import type { Seg } from '../cells';
import type { Decoding } from '../report';
import type { Collected } from './rowBuild';
import { MAX_DIGITS, splitGroups } from './decodeSearch';

/** The row's cells are digit runs where `width` numbers belong, and some run cannot be one count. */
export function isRunTogether(c: Collected, width: number): boolean {
  const cells = c.cells;
  if (c.tds || cells.length === 0 || cells.length >= width) return false;
  let digits = 0;
  let glued = cells.length === 1;
  for (const s of cells) {
    if (!/^[0-9]+$/.test(s.text)) return false;
    digits += s.text.length;
    // A leading zero or more digits than a count has: separators were lost here.
    if ((s.text.length > 1 && s.text.charCodeAt(0) === 48) || s.text.length > MAX_DIGITS) glued = true;
  }
  return glued && digits >= width;
}

export interface Decoded {
  /** One cell per column, each a slice of the runs (null when the row stays unread). */
  segs: Seg[] | null;
  decoding: Decoding;
}

/** `groups`: the sizes of the row's groups, in order, each ending in its total. */
export function decodeRow(c: Collected, groups: readonly number[]): Decoded {
  const runs = c.cells.map((s) => s.text);
  const digits = runs.join('');
  const r = splitGroups(runs, groups);
  if (r.kind !== 'unique') {
    const readings = r.kind === 'ambiguous' ? r.readings : [];
    return { segs: null, decoding: { digits, values: null, failure: r.kind, readings } };
  }
  const segs: Seg[] = [];
  let run = 0;
  let at = 0;
  for (const len of r.lengths) {
    const cell = c.cells[run];
    segs.push({ text: cell.text.slice(at, at + len), start: cell.start + at, end: cell.start + at + len });
    at += len;
    if (at === cell.text.length) {
      run++;
      at = 0;
    }
  }
  return { segs, decoding: { digits, values: r.values, failure: null, readings: [] } };
}
