// table-review-total: table 四, a 总计 ≠ the sum of its four cells.

import type { Rule } from '../rule';
import { anchor, detailOf, forTables, relatedOf, setFix } from './arith';
import { colName } from './shared';

export const rule: Rule = {
  meta: {
    id: 'table-review-total',
    category: 'tables',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '表四某一组的“总计”不等于其四项之和', en: 'Table 四: a 总计 differs from the sum of its four cells' },
    expensive: true,
  },
  check(ctx) {
    forTables(ctx, 't4', 'table-review-total', (v) => {
      // A decoded row was read by this very relation: checking it again proves nothing.
      if (v.inst.derived.placement === 'decoded') return;
      const c = colName(v.table, v.inst.derived.col);
      ctx.add({
        range: anchor(ctx, v),
        message: {
          zh: `${c.zh}（${v.actual}）不等于结果维持、结果纠正、其他结果、尚未审结之和（${v.expected}）`,
          en: `${c.en} (${v.actual}) differs from the sum of its four cells (${v.expected})`,
        },
        related: () => relatedOf(v),
        detail: () => detailOf(v),
        fixes: setFix(ctx, v.inst.derived, v.expected, { zh: `总计改为 ${v.expected}`, en: `Set the total to ${v.expected}` }),
      });
    });
  },
};
