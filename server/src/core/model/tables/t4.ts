// Table 四 (reviews and lawsuits): one data row of 15 numbers after the
// header; header labels are often split or garbled, so values align by
// position — which is trusted only when the numbers stand on one line, one
// per line, or on lines holding nothing but them (or, in HTML, in one <tr>).

import type { Line, Seg } from '../cells';
import type { Placement, Table, UnreadReason } from '../report';
import type { SourceText } from '../../text/source';
import { T4_COLUMNS, T4_ROW } from '../../template/tables';
import { valueClass } from './classify';
import { buildRow, collected, type Collected } from './rowBuild';
import { finishTable } from './finish';
import { htmlCellsOf } from './htmlRows';
import { tdAt, type HtmlTd } from './htmlCells';

export function parseT4(src: SourceText, lines: Line[]): Table {
  let lastText: { seg: Seg; line: Line } | null = null;
  let values: Seg[] = [];
  let valueLines: Line[] = [];
  outer: for (const line of lines) {
    if (line.blank || line.rule) continue;
    for (const seg of line.segs) {
      if (valueClass(seg) === 'text' && seg.text.length > 0) {
        // Text after the numbers ends the table (a note or the next paragraph).
        if (values.some((v) => v.text !== '')) break outer;
        lastText = { seg, line };
        values = [];
        valueLines = [];
        continue;
      }
      if (!lastText) continue;
      values.push(seg);
      valueLines.push(line);
    }
  }
  const rows = [];
  if (lastText) {
    const firstLine = valueLines[0] ?? null;
    const lastLine = valueLines[valueLines.length - 1] ?? null;
    const c: Collected = collected(
      T4_ROW.id,
      { text: '', start: values[0]?.start ?? lastText.seg.end, end: values[0]?.start ?? lastText.seg.end },
      firstLine ?? lastText.line,
    );
    c.cells = values;
    c.sameLine = firstLine !== null && firstLine === lastLine;
    c.lastLine = lastLine ?? lastText.line;
    if (values.length === 0) c.label = { text: '', start: lastText.seg.end, end: lastText.seg.end };
    if (src.isHtml && values.length > 0) c.tds = htmlRowOf(src, values[0]);
    rows.push(buildRow(src, c, T4_COLUMNS, T4_ROW.label.zh, { placement: placementOf(valueLines) }));
  }
  const end = values.length > 0 ? values[values.length - 1] : (lastText?.seg ?? null);
  return finishTable(src, 't4', lines, rows, new Map(), null, end);
}

function placementOf(lines: Line[]): { placement: Placement; unread?: UnreadReason } {
  if (lines.length === 0 || lines.every((l) => l === lines[0])) return { placement: 'exact-width' };
  if (lines.every((l, i) => l.segs.length === 1 && l !== lines[i - 1])) return { placement: 'cell-block' };
  // "5 0 0 0 5" / "0 0 0 0 0" / …: lines of nothing but numbers, in order.
  if (lines.every((l) => l.segs.every((s) => valueClass(s) !== 'text'))) return { placement: 'exact-width' };
  return { placement: 'guessed', unread: 'scattered' };
}

/** HTML: the cells of the <tr> holding the first value, from that cell on. */
function htmlRowOf(src: SourceText, first: Seg): HtmlTd[] | null {
  const tds = htmlCellsOf(src);
  if (!tds) return null;
  const at = tdAt(tds, src.toOriginal(first.start));
  if (at < 0 || tds[at].tr < 0) return null;
  let from = at;
  // Cells before the first value in its row that hold nothing are part of the row too.
  while (from > 0 && tds[from - 1].tr === tds[at].tr && tds[from - 1].text === '') from--;
  const out: HtmlTd[] = [];
  for (let j = from; j < tds.length && tds[j].tr === tds[at].tr; j++) out.push(tds[j]);
  return out;
}
