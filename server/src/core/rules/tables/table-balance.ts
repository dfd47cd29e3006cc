// table-balance: table 三, 一 + 二 ≠ （七）总计 + 四 in some column, or 四
// would have to be negative (the header note's own 勾稽关系).

import type { Rule } from '../rule';
import { along, anchor, detailOf, forTables, relatedOf, setFix } from './arith';

export const rule: Rule = {
  meta: {
    id: 'table-balance',
    category: 'tables',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '表三“一 + 二 = （七）总计 + 四”不成立', en: 'Table 三: 一 + 二 ≠ （七）总计 + 四 in some column' },
    expensive: true,
  },
  check(ctx) {
    forTables(ctx, 't3', 'table-balance', (v) => {
      const a = along(v);
      const negative = v.expected < 0;
      ctx.add({
        range: anchor(ctx, v),
        message: negative
          ? {
              zh: `第一项加第二项之和（${v.lhs}）不等于第三项加第四项之和（${v.rhs}）：${a.zh}；“四、结转下年度继续办理”须为 ${v.expected}，不能为负`,
              en: `Items 1 + 2 (${v.lhs}) differ from items 3 + 4 (${v.rhs}): ${a.en}; item 4 would have to be ${v.expected}, which is negative`,
            }
          : {
              zh: `第一项加第二项之和（${v.lhs}）不等于第三项加第四项之和（${v.rhs}）：${a.zh}`,
              en: `Items 1 + 2 (${v.lhs}) differ from items 3 + 4 (${v.rhs}): ${a.en}`,
            },
        related: () => relatedOf(v),
        detail: () => detailOf(v),
        fixes: negative ? [] : setFix(ctx, v.inst.derived, v.expected, { zh: `“四、结转下年度”改为 ${v.expected}`, en: `Set item 4 to ${v.expected}` }),
      });
    });
  },
};
