// Renders template text for insertions (a missing heading, row or table) in
// the draft's own table style, so an inserted table looks like its neighbours.

import type { Generation } from '../types';
import type { SectionId, Table } from '../model/report';
import { CN_ORDINALS } from '../text/normalize';
import { SECTIONS } from './sections';
import { T2_BLOCKS, T3_COLUMNS, T4_COLUMNS, t3Rows, type TableKind } from './tables';

export function headingText(id: SectionId): string {
  return `${CN_ORDINALS[id]}、${SECTIONS[id - 1].title.zh}`;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** An empty template table of zeros, as a `|` table (every layout reads it). */
export function renderTable(kind: TableKind, gen: Generation, eol: string): string {
  const lines: string[] = [];
  if (kind === 't2') {
    for (const b of T2_BLOCKS[gen]) {
      lines.push(row([b.label.zh]));
      lines.push(row(['信息内容', ...b.columns.map((c) => c.label.zh)]));
      for (const r of b.rows) if (!r.optional) lines.push(row([r.label.zh, ...b.columns.map(() => 0)]));
    }
  } else if (kind === 't3') {
    lines.push(row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']));
    lines.push(row(['', ...T3_COLUMNS.map((c) => c.label.zh)]));
    for (const r of t3Rows(gen)) {
      const group = r.group || (r.maybeGroup && gen === '2021');
      lines.push(group ? row([r.label.zh]) : row([r.label.zh, ...T3_COLUMNS.map(() => 0)]));
    }
  } else {
    lines.push(row(['行政复议', '', '', '', '', '行政诉讼']));
    lines.push(row(T4_COLUMNS.map((c) => c.label.zh.split('·').pop()!)));
    lines.push(row(T4_COLUMNS.map(() => 0)));
  }
  return lines.join(eol) + eol;
}

/** The text that writes `values` after a row label, in the table's layout. */
export function renderValues(table: Table, values: (number | string)[], eol: string): string | null {
  switch (table.layout) {
    case 'cell-per-line':
      return table.style.pipes ? ` |${values.map((v) => `${eol}${v} |`).join('')}` : values.map((v) => `${eol}${eol}${v}`).join('');
    case 'pipe':
    case 'markdown':
      return ` | ${values.join(' | ')} |`;
    case 'tab':
      return values.map((v) => `\t${v}`).join('');
    case 'space':
      return values.map((v) => ` ${v}`).join('');
    default:
      return null;
  }
}

/** Text that writes one value into an empty cell gap, padded like its neighbours. */
export function fillText(text: string, start: number, end: number, value: number | string): string {
  const before = start > 0 ? text[start - 1] : '';
  const after = text[end] ?? '';
  const left = before === '|' || before === '｜' ? ' ' : '';
  const right = after === '|' || after === '｜' ? ' ' : '';
  return `${left}${value}${right}`;
}
