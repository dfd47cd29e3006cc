// table-template-outdated: a report for 2021 or later still uses the 2019 tables.

import type { Rule } from '../rule';
import { lineAround } from '../helpers';

export const rule: Rule = {
  meta: {
    id: 'table-template-outdated',
    category: 'tables',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '2021年度起的报告仍使用2019版表格', en: 'A report for 2021 or later uses the 2019 table labels' },
  },
  check(ctx) {
    const { report } = ctx;
    if (report.year === null || report.year < 2021) return;
    const old = report.tables.find((t) => t.generation === '2019');
    if (!old) return;
    ctx.add({
      range: lineAround(ctx.text, old.range.start),
      message: {
        zh: `${report.year}年度报告使用了2019版表格（如“本年新制作数量”“上一年项目数量”），应使用国办公开办函〔2021〕30号规定的新版格式（“本年制发件数”“本年处理决定数量”等）`,
        en: `This ${report.year} report uses the 2019 tables; use the 2021 template (国办公开办函〔2021〕30号)`,
      },
    });
  },
};
