// section-title-variant: a recognised but non-canonical section title.

import type { Rule } from '../rule';
import { SECTIONS } from '../../template/sections';

export const rule: Rule = {
  meta: {
    id: 'section-title-variant',
    category: 'structure',
    severity: 'info',
    fixClass: 'suggest',
    description: { zh: '一级标题使用了可识别但不规范的措辞', en: 'A recognised but non-canonical section title wording' },
  },
  check(ctx) {
    for (const s of ctx.report.sections) {
      if (s.id === null || !s.variant) continue;
      const canonical = SECTIONS[s.id - 1].title.zh;
      const h = s.heading;
      ctx.add({
        range: h.titleRange,
        message: { zh: `标题“${h.title}”与模板不同，模板为“${canonical}”`, en: `Title "${h.title}" differs from the template's "${canonical}"` },
        fixes: [
          {
            title: { zh: `改为“${canonical}”`, en: `Change to "${canonical}"` },
            edits: [{ start: h.titleRange.start, end: h.titleRange.end, text: canonical }],
            safe: false,
          },
        ],
      });
    }
  },
};
