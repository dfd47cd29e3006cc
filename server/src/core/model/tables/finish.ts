// Common end of every table parser: range, layout, style and the alignment verdict.

import { lineIndexAt, type Line, type Seg } from '../cells';
import type { Row, Table, TableLayout } from '../report';
import type { Range } from '../../types';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import type { TableKind } from '../../template/tables';
import { isRegexSpaceCode } from '../../text/chars';

export function finishTable(
  src: SourceText,
  kind: TableKind,
  lines: Line[],
  rows: Row[],
  groups: Map<string, Range>,
  generation: Generation | null,
  lastSeg: Seg | null,
): Table {
  const first = lines.find((l) => !l.blank && !l.rule) ?? lines[0];
  const start = src.toOriginal(first.start);
  let end = lastSeg ? src.toOriginalEnd(lastSeg.end) : src.toOriginalEnd(first.end);
  for (const r of rows) end = Math.max(end, r.valuesRange.end, r.labelRange.end);
  const used: Line[] = [];
  let separated = 0;
  let leading = 0;
  let vEnd = lastSeg ? lastSeg.end : first.end;
  for (const l of lines) {
    if (l.blank || src.toOriginal(l.start) > end) continue;
    vEnd = Math.max(vEnd, Math.min(l.end, src.toOriginal(l.end) <= end ? l.end : vEnd));
    if (l.rule) continue;
    used.push(l);
    if (l.separated) separated++;
    if (leadingPipe(l.text)) leading++;
  }
  const table: Table = {
    kind,
    generation,
    range: { start, end },
    textRange: { start: first.start, end: vEnd },
    section: null,
    rows,
    groups,
    layout: layoutOf(src, used, rows, leading > 0),
    aligned: true,
    style: { pipes: separated > used.length / 2, leadingPipe: leading > used.length / 2 },
  };
  const data = rows.filter((r) => r.status !== 'empty' || r.unread);
  const counts = rows.filter((r) => r.status === 'count' && !r.unread).length;
  const unread = rows.filter((r) => r.unread).length;
  if (rows.length === 0) {
    table.aligned = false;
    table.unalignedReason = 'no-rows';
  } else if (data.length >= 3 && (counts + unread) * 2 > rows.length) {
    table.aligned = false;
    table.unalignedReason = unread > counts ? 'unread' : 'widths';
  }
  return table;
}

/** /^\s*\|/ without the regex. */
function leadingPipe(s: string): boolean {
  let i = 0;
  while (i < s.length && isRegexSpaceCode(s.charCodeAt(i))) i++;
  return s.charCodeAt(i) === 0x7c;
}

function layoutOf(src: SourceText, used: Line[], rows: Row[], anyLeadingPipe: boolean): TableLayout {
  if (src.isHtml) return 'html';
  // A row whose first value sits on its label's line is a separated row.
  let ok = 0;
  let sameLine = 0;
  for (const r of rows) {
    if (r.status !== 'ok') continue;
    ok++;
    if (r.cells.length === 0) continue;
    const at = lineOf(used, r.labelRange.start);
    if (at === lineOf(used, r.cells[0].range.start) && at === lineOf(used, r.cells[r.cells.length - 1].range.start)) sameLine++;
  }
  if (sameLine * 2 < ok) return 'cell-per-line';
  if (used.some((l) => l.text.includes('\t'))) return 'tab';
  if (anyLeadingPipe) return 'markdown';
  if (used.some((l) => l.separated)) return 'pipe';
  return 'space';
}

function lineOf(lines: Line[], offset: number): number {
  return lines[lineIndexAt(lines, offset)]?.index ?? -1;
}
