// cross-year-carryover: 二、上年结转 must equal last year's 四、结转下年度继续办理,
// column by column, for the same body in the same template generation.

import type { Rule } from '../rule';
import { T3_COLUMNS } from '../../template/tables';
import { agreed, fileName, relatedCell, yearPair } from './crossYear';

export const rule: Rule = {
  meta: {
    id: 'cross-year-carryover',
    category: 'tables',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '上年结转与上一年度报告的结转下年度继续办理不一致',
      en: 'Carried over from last year differs from last year’s carried over to next year',
    },
  },
  check(ctx) {
    const pair = yearPair(ctx);
    if (!pair) return;
    for (const col of T3_COLUMNS) {
      const mine = pair.cur.carryIn[col.id];
      const last = agreed(pair.prev, (p) => p.carryOut[col.id]);
      if (!mine || !last || mine.value === last.cell.value) continue;
      const file = fileName(last.facts);
      ctx.add({
        range: { start: mine.start, end: mine.end },
        message: {
          zh: `表三“二、上年结转”${col.label.zh}列为 ${mine.value}，但上一年度报告（${file.zh}）“四、结转下年度继续办理”为 ${last.cell.value}`,
          en: `Table 3 "carried over from last year" (${col.label.en}) is ${mine.value}, but last year's report (${file.en}) carried ${last.cell.value} over to this year`,
        },
        related: [
          relatedCell(last.facts, last.cell, {
            zh: `${last.facts.year}年报告：结转下年度继续办理·${col.label.zh} ${last.cell.value}`,
            en: `${last.facts.year} report: carried over to next year (${col.label.en}) ${last.cell.value}`,
          }),
        ],
      });
    }
  },
};
