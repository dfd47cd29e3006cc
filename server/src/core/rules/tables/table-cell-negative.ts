// table-cell-negative: a negative number where the column does not allow it
// (only 2019's 本年增/减 may be negative).

import type { Rule } from '../rule';
import { columnsFor } from '../../template/lookup';
import { cellName } from './shared';

export const rule: Rule = {
  meta: {
    id: 'table-cell-negative',
    category: 'tables',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '不允许负数的列中出现负数', en: 'A negative number where the column does not allow it' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      for (const row of t.rows) {
        if (row.status === 'count' || row.unread) continue;
        for (const cell of row.cells) {
          if (cell.kind !== 'number' || cell.value === null || cell.value >= 0) continue;
          if (columnsFor(t, cell.col)?.value === 'signed') continue;
          const name = cellName(t, row, cell);
          ctx.add({ range: cell.range, message: { zh: `${name.zh}不能为负数（${cell.value}）`, en: `${name.en} cannot be negative (${cell.value})` } });
        }
        // 2019 table 二: 上一年项目数量 + 本年增/减 is this year's count, never negative.
        const last = row.cells.find((c) => c.col === 'lastYear');
        const change = row.cells.find((c) => c.col === 'change');
        if (
          last?.value != null &&
          change?.value != null &&
          last.kind === 'number' &&
          change.kind === 'number' &&
          last.value >= 0 &&
          last.value + change.value < 0
        ) {
          ctx.add({
            range: change.range,
            message: {
              zh: `上一年项目数量（${last.value}）加本年增/减（${change.value}）为 ${last.value + change.value}，不能为负`,
              en: `Items last year (${last.value}) plus this year's change (${change.value}) is ${last.value + change.value}, which cannot be negative`,
            },
          });
        }
      }
    }
  },
};
