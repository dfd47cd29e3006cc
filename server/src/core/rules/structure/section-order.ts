// section-order: top-level sections out of their template order.

import type { Rule } from '../rule';
import { sectionName } from '../helpers';

export const rule: Rule = {
  meta: {
    id: 'section-order',
    category: 'structure',
    severity: 'error',
    fixClass: 'none',
    description: { zh: '一级部分的顺序与模板不一致', en: 'Top-level sections are out of their template order' },
  },
  check(ctx) {
    let maxSeen = 0;
    const seen = new Set<number>();
    for (const s of ctx.report.sections) {
      if (s.id === null || seen.has(s.id)) continue;
      seen.add(s.id);
      if (s.id < maxSeen) {
        const me = sectionName(s.id);
        const before = sectionName(maxSeen as 1);
        ctx.add({
          range: s.heading.range,
          message: { zh: `${me.zh}应位于${before.zh}之前`, en: `${cap(me.en)} should come before ${before.en}` },
        });
      }
      maxSeen = Math.max(maxSeen, s.id);
    }
  },
};

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
