// table-money-unit: a money amount with no unit (2019's 采购总金额 has none in
// the template, so the draft must give one), or a 万元 figure so large it
// looks like 元 typed into a 万元 column.

import type { Rule } from '../rule';
import { columnsFor } from '../../template/lookup';
import { cellName } from './shared';

const LOOKBACK = 3000;

export const rule: Rule = {
  meta: {
    id: 'table-money-unit',
    category: 'tables',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '金额没有单位，或数量级像是把“元”填进了“万元”列',
      en: 'A money amount with no unit, or a magnitude that suggests 元 typed into a 万元 column',
    },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      if (t.kind !== 't2') continue;
      for (const row of t.rows) {
        if (row.status === 'count' || row.unread) continue;
        for (const cell of row.cells) {
          if (cell.kind !== 'number' || cell.value === null) continue;
          const col = columnsFor(t, cell.col);
          // Names are built only for the few cells reported.
          if (col?.value === 'amount' && !unitBefore(ctx.text, row.labelRange.start, cell.range.end)) {
            const name = cellName(t, row, cell);
            ctx.add({
              range: cell.range,
              message: { zh: `${name.zh}（${cell.text}）没有注明单位（元或万元）`, en: `${name.en} (${cell.text}) has no unit (元 or 万元)` },
            });
          } else if (col?.value === 'money' && cell.value >= 10000) {
            const name = cellName(t, row, cell);
            ctx.add({
              range: cell.range,
              message: {
                zh: `${name.zh}为 ${cell.text} 万元，数额异常，是否误将“元”填入“万元”列？`,
                en: `${name.en} is ${cell.text} 万元 (10k yuan) — was an amount in 元 typed into a 万元 column?`,
              },
            });
          }
        }
      }
    }
  },
};

/** A unit in the block's header, the row or the cell itself. */
function unitBefore(text: string, rowStart: number, cellEnd: number): boolean {
  const from = Math.max(0, rowStart - LOOKBACK);
  const before = text.slice(from, rowStart);
  const block = before.lastIndexOf('第二十条');
  const scope = text.slice(block >= 0 ? from + block : rowStart, cellEnd);
  return /元/.test(scope);
}
