// report-year-mismatch: the title year, the statistics period and the table
// template generation disagree.

import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'report-year-mismatch',
    category: 'structure',
    severity: 'error',
    fixClass: 'none',
    description: {
      zh: '标题年份、统计期限年份与模板版本互相矛盾',
      en: 'The years in the title and the statistics period and the template generation disagree',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const title = report.yearSources.find((y) => y.kind === 'title');
    const period = report.yearSources.find((y) => y.kind === 'period');
    if (title && period && title.year !== period.year) {
      ctx.add({
        range: period.range,
        message: {
          zh: `统计期限的年份（${period.year}）与标题年份（${title.year}）不一致`,
          en: `Statistics period year (${period.year}) differs from the title year (${title.year})`,
        },
        related: [{ range: title.range, message: { zh: '标题', en: 'Title' } }],
      });
    }
    const year = report.year;
    // The 2021 template was issued in September 2021 (国办公开办函〔2021〕30号).
    if (year !== null && year < 2021 && report.generation === '2021') {
      const t = report.tables.find((x) => x.generation === '2021');
      ctx.add({
        range: t ? { start: t.range.start, end: Math.min(t.range.end, t.range.start + 20) } : report.yearSources[0].range,
        message: {
          zh: `${year}年度报告使用了2021版表格（国办公开办函〔2021〕30号，适用于2021年度起）`,
          en: `A ${year} report uses the 2021 table layout, which applies from report year 2021`,
        },
      });
    }
  },
};
