// Walks the lines of a table region and collects, for every row label, the
// cells that follow it — on the same line (separated rows) or on the lines
// after it (one cell per line) — until the next label, header or note.

import type { Line, Seg } from '../cells';
import { isProseText, valueClass } from './classify';
import { collected, note, type Collected } from './rowBuild';

export type LabelHit = { kind: 'row'; id: string; block?: string } | { kind: 'group'; id: string } | { kind: 'header' } | { kind: 'block'; id: string };

export interface Matcher {
  /** Classifies a text cell (on its line); null when it is not a label this table knows. */
  match(seg: Seg, line: Line): LabelHit | null;
  /** Called for text cells that are not labels (column headers, notes). */
  onText?(seg: Seg): void;
  /**
   * A line that is a header row as a whole (a Markdown table's column headers
   * repeated by a page break): none of its cells is a row label, whatever
   * words it shares with one ("| 项目 | 予以公开 | … | 结转下年度 | 总计 |").
   */
  headerLine?(line: Line): boolean;
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

/**
 * The second half of a label wrapped over two lines (PDF extraction): the
 * next content line's cell in the same slot — in a separated row the same
 * cell index with only empty cells before it on its line, in PDF text the line's first
 * cell, with values on at most one of the two lines.
 */
function wrapTail(line: Line, si: number, next: Line | undefined): Seg | null {
  if (!next) return null;
  const seg = line.segs[si];
  if (seg.text.length > 40 || isProseText(seg.text)) return null;
  if (line.separated !== next.separated) return null;
  let at: number;
  if (line.separated) {
    at = si;
    for (let i = 0; i < si; i++) if (next.segs[i]?.text !== '') return null;
  } else {
    at = 0;
    if (si !== 0 || (line.segs.length > 1 && next.segs.length > 1)) return null;
  }
  const tail = next.segs[at];
  if (!tail || tail.text.length === 0 || tail.text.length > 40 || valueClass(tail) !== 'text') return null;
  return isProseText(seg.text + tail.text) ? null : tail;
}

export function assembleRows(lines: Line[], matcher: Matcher): Assembled {
  const rows: Collected[] = [];
  let cur: Collected | null = null;
  let lastSeg: Seg | null = null;
  const close = () => {
    if (cur) rows.push(cur);
    cur = null;
  };
  const content = lines.filter((l) => !l.blank && !l.rule);
  /** Second halves of wrapped labels, with the row whose label they complete. */
  const tails = new Map<Seg, Collected>();
  for (let li = 0; li < content.length; li++) {
    const line = content[li];
    const before = li > 0 ? content[li - 1] : null;
    if (matcher.headerLine?.(line)) {
      close();
      continue;
    }
    for (let si = 0; si < line.segs.length; si++) {
      const seg = line.segs[si];
      const owner = tails.get(seg);
      if (owner) {
        // The label ends on this line: when its row has no values yet, this is the label's line.
        if (cur === owner && owner.cells.length === 0) owner.labelLine = line;
        continue;
      }
      const cls = valueClass(seg);
      // "1.属于国家秘密" starts with a digit: a label first, a noted value only if no label matches.
      let hit = cls === 'text' || cls === 'noted' ? matcher.match(seg, line) : null;
      let label = seg;
      let tail: Seg | null = null;
      if (!hit && (cls === 'text' || cls === 'noted')) {
        tail = wrapTail(line, si, content[li + 1]);
        if (tail) {
          label = { text: seg.text + tail.text, start: seg.start, end: seg.end };
          hit = matcher.match(label, line);
          if (!hit || (hit.kind !== 'row' && hit.kind !== 'group')) hit = null;
        }
      }
      if (cls === 'text' || hit) {
        if (hit && (hit.kind === 'row' || hit.kind === 'group')) {
          close();
          cur = collected(hit.id, label, line, hit.kind === 'row' ? hit.block : undefined);
          if (tail && label !== seg) tails.set(tail, cur);
          lastSeg = seg;
          continue;
        }
        if (hit) {
          close();
          lastSeg = seg;
          continue;
        }
        if (cur && isLabelContinuation(seg, cur)) {
          // A label wrapped onto the next line starts it: the values after it are on the label's line.
          if (si === 0 && before === cur.labelLine && cur.prevLine === null) cur.labelLine = line;
          lastSeg = seg;
          continue;
        }
        if (cur && cur.cells.length > 0 && seg.text.length <= 12 && !/[。，；]/.test(seg.text)) {
          // Short text in a value position ("不适用"): a non-number cell of this row.
          cur.cells.push(seg);
          note(cur, line, before);
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
      note(cur, line, before);
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
