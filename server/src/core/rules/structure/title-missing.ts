// title-missing: no title line naming the body, the year and 政府信息公开工作年度报告.

import type { Rule } from '../rule';
import { lineAround } from '../helpers';
import { labelKey } from '../../text/normalize';
import { titleBody } from '../../model/meta';

export const rule: Rule = {
  meta: {
    id: 'title-missing',
    category: 'structure',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '缺少写明机关、年度和“政府信息公开工作年度报告”的标题', en: 'No title line naming the body, the year and 政府信息公开工作年度报告' },
  },
  check(ctx) {
    const { report, text } = ctx;
    const t = report.title;
    if (!t) {
      const vis = report.src.text.search(/\S/);
      const first = vis < 0 ? -1 : report.src.toOriginal(vis);
      ctx.add({
        range: lineAround(text, first < 0 ? 0 : first),
        message: {
          zh: '缺少标题：应有一行“〈机关名称〉〈年份〉年政府信息公开工作年度报告”',
          en: 'Missing title: expected a line "<body> <year>年政府信息公开工作年度报告"',
        },
      });
      return;
    }
    const key = labelKey(t.text);
    const missing: string[] = [];
    const missingEn: string[] = [];
    if (t.year === null) {
      missing.push('年份');
      missingEn.push('the year');
    }
    const body = titleBody(key);
    if (body.length < 2) {
      missing.push('机关名称');
      missingEn.push('the body');
    }
    if (missing.length === 0) return;
    ctx.add({
      range: t.range,
      message: { zh: `标题缺少${missing.join('和')}：“${t.text}”`, en: `Title lacks ${missingEn.join(' and ')}: "${t.text}"` },
    });
  },
};
