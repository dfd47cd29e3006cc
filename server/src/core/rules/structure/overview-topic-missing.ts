// overview-topic-missing: from 2021, 总体情况 covers five topics.

import type { Rule } from '../rule';
import { OVERVIEW_TOPICS } from '../../template/sections';
import { keyIncludes } from '../../text/normalize';
import { isModern } from './generation';

export const rule: Rule = {
  meta: {
    id: 'overview-topic-missing',
    category: 'structure',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '2021年度起，“总体情况”缺少五个方面之一', en: 'From 2021: the overview (总体情况) lacks one of its five topics' },
  },
  check(ctx) {
    const { report, text } = ctx;
    if (!isModern(report)) return;
    const s = report.sections.find((x) => x.id === 1);
    if (!s) return;
    const inBody = keyIncludes(text.slice(s.body.start, s.body.end));
    for (const t of OVERVIEW_TOPICS) {
      if (t.keys.some(inBody)) continue;
      ctx.add({
        range: s.heading.range,
        message: { zh: `“总体情况”未涉及“${t.topic.zh}”`, en: `The overview does not cover ${t.topic.en}` },
      });
    }
  },
};
