// other-matters-fee-missing: from 2021, section 六 states the 信息处理费
// charged under 国办函〔2020〕109号 (often "本年度未收取信息处理费").

import type { Rule } from '../rule';
import { keyIncludes } from '../../text/normalize';
import { isModern } from './generation';

export const rule: Rule = {
  meta: {
    id: 'other-matters-fee-missing',
    category: 'structure',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '2021年度起，“其他需要报告的事项”未说明信息处理费',
      en: 'From 2021: section 六 says nothing about information-processing fees (信息处理费)',
    },
  },
  check(ctx) {
    const { report, text } = ctx;
    if (!isModern(report)) return;
    const s = report.sections.find((x) => x.id === 6);
    if (!s) return;
    const inBody = keyIncludes(text.slice(s.body.start, s.body.end));
    if (inBody('处理费') || inBody('收费')) return;
    ctx.add({
      range: s.heading.range,
      message: {
        zh: '“其他需要报告的事项”未说明信息处理费收取情况（国办函〔2020〕109号），如“本年度未收取信息处理费”',
        en: 'Section 6 does not state information-processing fees (国办函〔2020〕109号), e.g. "本年度未收取信息处理费"',
      },
    });
  },
};
