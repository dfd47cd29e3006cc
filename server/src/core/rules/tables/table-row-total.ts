// table-row-total: table 三, 总计 ≠ the sum of the six applicant columns.

import type { Rule } from '../rule';
import { along, anchor, detailOf, forTables, relatedOf, setFix } from './arith';

export const rule: Rule = {
  meta: {
    id: 'table-row-total',
    category: 'tables',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '表三某行“总计”不等于六类申请人之和', en: 'Table 三: a row’s 总计 differs from the sum of the six applicant columns' },
    expensive: true,
  },
  check(ctx) {
    forTables(ctx, 't3', 'table-row-total', (v) => {
      // A decoded row was read by this very relation: checking it again proves nothing.
      if (v.inst.derived.placement === 'decoded') return;
      const a = along(v);
      ctx.add({
        range: anchor(ctx, v),
        message: {
          zh: `总计（${v.actual}）不等于各类申请人之和（${v.expected}）：${a.zh}`,
          en: `Total (${v.actual}) differs from the sum of the applicant columns (${v.expected}): ${a.en}`,
        },
        related: () => relatedOf(v),
        detail: () => detailOf(v),
        fixes: setFix(ctx, v.inst.derived, v.expected, { zh: `总计改为 ${v.expected}`, en: `Set the total to ${v.expected}` }),
      });
    });
  },
};
