// table-cell-fraction: a non-integer in a count column.

import type { Rule } from '../rule';
import { columnsFor } from '../../template/lookup';
import { cellName } from './shared';

export const rule: Rule = {
  meta: {
    id: 'table-cell-fraction',
    category: 'tables',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '计数列中出现小数', en: 'A non-integer in a count column' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      for (const row of t.rows) {
        if (row.status === 'count' || row.unread) continue;
        for (const cell of row.cells) {
          if (cell.kind !== 'number' || cell.value === null || Number.isInteger(cell.value)) continue;
          const kind = columnsFor(t, cell.col)?.value;
          if (kind === 'money' || kind === 'amount') continue;
          const name = cellName(t, row, cell);
          ctx.add({
            range: cell.range,
            message: { zh: `${name.zh}是件数，应为整数（${cell.text}）`, en: `${name.en} is a count and must be whole (${cell.text})` },
          });
        }
      }
    }
  },
};
