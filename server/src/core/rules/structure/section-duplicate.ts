// section-duplicate: the same top-level section appears twice.

import type { Rule } from '../rule';
import { sectionName } from '../helpers';

export const rule: Rule = {
  meta: {
    id: 'section-duplicate',
    category: 'structure',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '同一个一级部分出现两次', en: 'The same top-level section appears twice' },
  },
  check(ctx) {
    const first = new Map<number, { start: number; end: number }>();
    for (const s of ctx.report.sections) {
      if (s.id === null) continue;
      const prev = first.get(s.id);
      if (!prev) {
        first.set(s.id, s.heading.range);
        continue;
      }
      const name = sectionName(s.id);
      ctx.add({
        range: s.heading.range,
        message: { zh: `${name.zh}重复出现`, en: `${name.en} appears twice` },
        related: [{ range: prev, message: { zh: '第一次出现的位置', en: 'First occurrence' } }],
      });
    }
  },
};
