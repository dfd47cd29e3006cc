// section-numbering: a top-level ordinal that does not match the section, or
// a mixed style (一、 vs 一. vs unnumbered). Safe fix: the canonical "N、".

import type { Rule } from '../rule';
import { CN_ORDINALS } from '../../text/normalize';

export const rule: Rule = {
  meta: {
    id: 'section-numbering',
    category: 'structure',
    severity: 'warning',
    fixClass: 'safe',
    description: { zh: '一级标题序号与位置不符或序号样式混用', en: 'A section ordinal does not match its position, or ordinal styles are mixed' },
  },
  check(ctx) {
    const secs = ctx.report.sections.filter((s) => s.id !== null);
    const ids = secs.map((s) => s.id);
    // Out-of-order or duplicated sections are their own findings; renumbering them would hide that.
    if (ids.some((id, i) => i > 0 && id! <= ids[i - 1]!)) return;
    const numbered = secs.filter((s) => s.heading.ordinal !== null).length;
    for (const s of secs) {
      const expected = `${CN_ORDINALS[s.id!]}、`;
      const h = s.heading;
      if (h.ordinal === null) {
        if (numbered * 2 < secs.length) continue;
        ctx.add({
          range: h.range,
          message: { zh: `标题缺少序号，应为“${expected}”`, en: `Heading has no ordinal; expected "${expected}"` },
          fixes: [
            {
              title: { zh: `添加序号“${expected}”`, en: `Add "${expected}"` },
              edits: [{ start: h.range.start, end: h.range.start, text: expected }],
              safe: true,
            },
          ],
        });
        continue;
      }
      const written = ctx.text.slice(h.ordinalRange.start, h.titleRange.start).trim();
      if (written === expected) continue;
      ctx.add({
        range: h.ordinalRange,
        message: { zh: `序号“${written}”应为“${expected}”`, en: `Ordinal "${written}" should be "${expected}"` },
        fixes: [
          {
            title: { zh: `改为“${expected}”`, en: `Change to "${expected}"` },
            edits: [{ start: h.ordinalRange.start, end: h.titleRange.start, text: expected }],
            safe: true,
          },
        ],
      });
    }
  },
};
