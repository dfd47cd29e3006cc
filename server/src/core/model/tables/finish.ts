// Common end of every table parser: range, layout, style and the alignment verdict.

import { lineIndexAt, type Line, type Seg } from '../cells';
import type { Row, Table, TableLayout } from '../report';
import type { Range } from '../../types';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import type { TableKind } from '../../template/tables';

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
  const used = lines.filter((l) => !l.blank && !l.rule && src.toOriginal(l.start) <= end);
  const separated = used.filter((l) => l.separated).length;
  const leading = used.filter((l) => /^\s*\|/.test(l.text)).length;
  let vEnd = lastSeg ? lastSeg.end : first.end;
  for (const l of lines) if (!l.blank && src.toOriginal(l.start) <= end) vEnd = Math.max(vEnd, Math.min(l.end, src.toOriginal(l.end) <= end ? l.end : vEnd));
  const table: Table = {
    kind,
    generation,
    range: { start, end },
    textRange: { start: first.start, end: vEnd },
    section: null,
    rows,
    groups,
    layout: layoutOf(src, used, rows),
    aligned: true,
    style: { pipes: separated > used.length / 2, leadingPipe: leading > used.length / 2 },
  };
  const data = rows.filter((r) => r.status !== 'empty');
  const bad = rows.filter((r) => r.status === 'count');
  if (rows.length === 0) {
    table.aligned = false;
    table.unalignedReason = 'no-rows';
  } else if (data.length >= 3 && bad.length * 2 > rows.length) {
    table.aligned = false;
    table.unalignedReason = 'widths';
  }
  return table;
}

function layoutOf(src: SourceText, used: Line[], rows: Row[]): TableLayout {
  if (src.isHtml) return 'html';
  // A row whose first value sits on its label's line is a separated row.
  const sameLine = rows.filter((r) => r.status === 'ok' && r.cells.length > 0 && lineOf(used, r.labelRange.start) === lineOf(used, r.cells[0].range.start) && lineOf(used, r.labelRange.start) === lineOf(used, r.cells[r.cells.length - 1].range.start)).length;
  if (sameLine * 2 < rows.filter((r) => r.status === 'ok').length) return 'cell-per-line';
  if (used.some((l) => l.text.includes('\t'))) return 'tab';
  if (used.some((l) => /^\s*\|/.test(l.text))) return 'markdown';
  if (used.some((l) => l.separated)) return 'pipe';
  return 'space';
}

function lineOf(lines: Line[], offset: number): number {
  return lines[lineIndexAt(lines, offset)]?.index ?? -1;
}
