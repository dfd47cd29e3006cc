// number-fullwidth-digit: full-width digits ０–９ (and a full-width point ．
// between digits) are wrong everywhere, tables included (GB/T 15835-2011).
// One finding per number; the safe fix rewrites each run of full-width
// characters and leaves separators such as "，" to number-grouping.

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { clip, isFullwidthDigitCode, toAsciiDigits } from '../../text/chars';

function isFullwidthNumberCode(c: number): boolean {
  return isFullwidthDigitCode(c) || c === 0xff0e;
}

export const rule: Rule = {
  meta: {
    id: 'number-fullwidth-digit',
    category: 'numbers',
    severity: 'warning',
    fixClass: 'safe',
    description: {
      zh: '使用了全角数字（０–９）或全角小数点（．），应使用半角阿拉伯数字',
      en: 'Full-width digits ０–９ (or a full-width decimal point ．); use half-width Arabic digits',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const chains = ctx.report.scans.numbers;
    for (let k = 0; k < chains.length; k++) {
      if (!chains.fullwidth(k)) continue;
      const chain = chains.at(k);
      const raw = chain.raw;
      let i0 = 0;
      while (i0 < raw.length && !isFullwidthNumberCode(raw.charCodeAt(i0))) i0++;
      if (i0 === raw.length) continue;
      let first = -1;
      let last = -1;
      const runs: Array<{ start: number; end: number; text: string }> = [];
      for (let i = i0; i < raw.length; i++) {
        if (!isFullwidthNumberCode(raw.charCodeAt(i))) continue;
        let j = i;
        while (j < raw.length && isFullwidthNumberCode(raw.charCodeAt(j))) j++;
        runs.push({ start: chain.start + i, end: chain.start + j, text: toAsciiDigits(raw.slice(i, j)) });
        if (first === -1) first = i;
        last = j;
        i = j - 1;
      }
      const wrong = clip(raw.slice(first, last));
      const right = clip(toAsciiDigits(raw.slice(first, last)));
      ctx.add({
        range: map.range(chain.start + first, chain.start + last),
        message: {
          zh: `使用了全角数字：“${wrong}”应写作“${right}”`,
          en: `Full-width digits: write "${right}", not "${wrong}"`,
        },
        fixes: fixes(map.fix({ zh: `改为半角“${right}”`, en: `Change to half-width "${right}"` }, runs, true)),
      });
    }
  },
};
