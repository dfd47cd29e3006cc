// table-unaligned: a table whose cells cannot be aligned to the template; its
// arithmetic is skipped rather than guessed.

import type { Rule } from '../rule';
import { lineAround } from '../helpers';
import { tableName } from './shared';

export const rule: Rule = {
  meta: {
    id: 'table-unaligned',
    category: 'tables',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '表格无法与模板对齐，已跳过其勾稽关系检查', en: 'Table cannot be aligned to the template; arithmetic skipped' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      if (t.aligned) continue;
      const name = tableName(t);
      const why =
        t.unalignedReason === 'no-rows'
          ? { zh: '未识别出任何数据行（行标签缺失或数字连在一起）', en: 'no data row could be recognised (labels lost or numbers run together)' }
          : { zh: '多数行的数字个数与模板列数不符', en: 'most rows have a different number of cells than the template' };
      ctx.add({
        range: lineAround(ctx.text, t.range.start),
        message: { zh: `${name.zh}无法与模板对齐：${why.zh}；已跳过该表的勾稽关系检查`, en: `${name.en} cannot be aligned: ${why.en}; its arithmetic checks are skipped` },
      });
    }
  },
};
