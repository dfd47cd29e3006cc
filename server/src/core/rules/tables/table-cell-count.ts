// table-cell-count: a data row with more or fewer cells than the template's columns.

import type { Rule } from '../rule';
import { rowName, tableName } from './shared';
import { columnCount } from './width';

export const rule: Rule = {
  meta: {
    id: 'table-cell-count',
    category: 'tables',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '数据行的数字单元格个数与模板列数不符', en: 'A data row has more or fewer numeric cells than the template has columns' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      if (!t.aligned) continue;
      for (const row of t.rows) {
        // A row read by guesswork has no trustworthy width: table-unaligned names it.
        if (row.status !== 'count' || row.unread) continue;
        const k = columnCount(t, row);
        const r = rowName(t, row.id);
        ctx.add({
          range: { start: row.labelRange.start < row.labelRange.end ? row.labelRange.start : row.valuesRange.start, end: row.valuesRange.end },
          message: {
            zh: `${tableName(t).zh.split('：')[0]}“${r.zh}”行有${row.found}个数字，模板为${k}列；该行不参与勾稽关系检查`,
            en: `${tableName(t).en.split(':')[0]} row "${r.en}" has ${row.found} cells; the template has ${k}. Its arithmetic is skipped`,
          },
        });
      }
    }
  },
};
