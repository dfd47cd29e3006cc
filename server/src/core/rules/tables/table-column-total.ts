// table-column-total: table 三, （七）总计 ≠ the sum of the result rows.

import type { Rule } from '../rule';
import { along, anchor, detailOf, forTables, relatedOf, setFix } from './arith';

export const rule: Rule = {
  meta: {
    id: 'table-column-total',
    category: 'tables',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '表三“（七）总计”不等于各办理结果行之和', en: 'Table 三: （七）总计 differs from the sum of the result rows' },
    expensive: true,
  },
  check(ctx) {
    forTables(ctx, 't3', 'table-column-total', (v) => {
      const a = along(v);
      ctx.add({
        range: anchor(ctx, v),
        message: {
          zh: `（七）总计（${v.actual}）不等于各项办理结果之和（${v.expected}）：${a.zh}`,
          en: `Row (7) total (${v.actual}) differs from the sum of the results (${v.expected}): ${a.en}`,
        },
        related: () => relatedOf(v),
        detail: () => detailOf(v),
        fixes: setFix(ctx, v.inst.derived, v.expected, { zh: `（七）总计改为 ${v.expected}`, en: `Set row (7) total to ${v.expected}` }),
      });
    });
  },
};
