// How the rows whose numbers ran together were read, or why they were not:
// the words table-unaligned and the arithmetic findings show for them.

import type { Msg } from '../../types';
import type { Row, Table } from '../../model/report';
import { rowName } from './shared';

/** The relation each table's rows are split by (decodeRow's groups). */
const RELATION: Partial<Record<Table['kind'], Msg>> = {
  t3: { zh: '“总计 = 各类申请人之和”', en: 'total = sum of the applicant columns' },
  t4: { zh: '“每组总计 = 其余四项之和”', en: 'each group’s total = sum of its four cells' },
};

/** One line per decoded (or undecodable) row among `rows`; null when there is none. */
export function decodingLines(t: Table, rows: readonly Row[]): Msg | null {
  const lines = rows.filter((r) => r.decoding).map((r) => decodingLine(t, r));
  if (lines.length === 0) return null;
  return { zh: lines.map((l) => l.zh).join('\n'), en: lines.map((l) => l.en).join('\n') };
}

export function decodingLine(t: Table, row: Row): Msg {
  const d = row.decoding!;
  const n = rowName(t, row.id);
  const rel = RELATION[t.kind] ?? RELATION.t3!;
  const head = { zh: `“${n.zh}”的数字连在一起（${d.digits}）`, en: `"${n.en}": its digits ran together (${d.digits})` };
  if (d.values)
    return {
      zh: `${head.zh}，按唯一满足${rel.zh}的拆分读作 ${d.values.join(' ')}`,
      en: `${head.en}; read as ${d.values.join(' ')}, the only split with ${rel.en}`,
    };
  if (d.failure === 'ambiguous') {
    const [a, b] = d.readings.map((v) => v.join(' '));
    return {
      zh: `${head.zh}，不止一种拆分满足${rel.zh}（如 ${a} 与 ${b}），未读取`,
      en: `${head.en}; more than one split has ${rel.en} (e.g. ${a} and ${b}), so it is not read`,
    };
  }
  if (d.failure === 'limit')
    return { zh: `${head.zh}，数字过长（${d.digits.length}位），未尝试拆分`, en: `${head.en}; too long (${d.digits.length} digits) to try splitting` };
  return { zh: `${head.zh}，没有一种拆分满足${rel.zh}，未读取`, en: `${head.en}; no split has ${rel.en}, so it is not read` };
}

/** The equation's detail, followed by how the decoded rows among its cells were read. */
export function withDecoding(t: Table, rows: readonly Row[], detail: Msg): Msg {
  const lines = decodingLines(t, rows);
  return lines ? { zh: `${detail.zh}\n${lines.zh}`, en: `${detail.en}\n${lines.en}` } : detail;
}
