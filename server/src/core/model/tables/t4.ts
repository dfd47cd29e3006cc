// Table 四 (reviews and lawsuits): one data row of 15 numbers after the
// header; header labels are often split or garbled, so values align by position.

import type { Line, Seg } from '../cells';
import type { Table } from '../report';
import type { SourceText } from '../../text/source';
import { T4_COLUMNS, T4_ROW } from '../../template/tables';
import { valueClass } from './classify';
import { buildRow, type Collected } from './rowBuild';
import { finishTable } from './finish';

export function parseT4(src: SourceText, lines: Line[]): Table {
  let lastText: { seg: Seg; line: Line } | null = null;
  let values: Seg[] = [];
  let firstLine: Line | null = null;
  let lastLine: Line | null = null;
  outer: for (const line of lines) {
    if (line.blank || line.rule) continue;
    for (const seg of line.segs) {
      if (valueClass(seg) === 'text' && seg.text.length > 0) {
        // Text after the numbers ends the table (a note or the next paragraph).
        if (values.some((v) => v.text !== '')) break outer;
        lastText = { seg, line };
        values = [];
        continue;
      }
      if (!lastText) continue;
      if (values.length === 0) firstLine = line;
      values.push(seg);
      lastLine = line;
    }
  }
  const rows = [];
  if (lastText) {
    const c: Collected = {
      id: T4_ROW.id,
      label: { text: '', start: values[0]?.start ?? lastText.seg.end, end: values[0]?.start ?? lastText.seg.end },
      labelLine: firstLine ?? lastText.line,
      cells: values,
      sameLine: firstLine !== null && firstLine === lastLine,
      lastLine: lastLine ?? lastText.line,
    };
    if (values.length === 0) c.label = { text: '', start: lastText.seg.end, end: lastText.seg.end };
    rows.push(buildRow(src, c, T4_COLUMNS, T4_ROW.label.zh));
  }
  const end = values.length > 0 ? values[values.length - 1] : (lastText?.seg ?? null);
  return finishTable(src, 't4', lines, rows, new Map(), null, end);
}
