// number-stray-unit: a scale word 万/亿 written before the digits as well as
// after them ("万22.1万"), or doubled after them ("22.1万万"). Only 万 and 亿 may
// follow Arabic digits, and only once (GB/T 15835-2011). "3万亿" is a real
// magnitude and is left alone; so is "1万22万" (two numbers run together, where
// deleting a character would change the value).

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { clip, isDigitCode } from '../../text/chars';
import { isScaleCode } from '../../text/numbers';

export const rule: Rule = {
  meta: {
    id: 'number-stray-unit',
    category: 'numbers',
    severity: 'error',
    fixClass: 'safe',
    description: {
      zh: '数字前多出“万”“亿”或单位重复（如“万22.1万”）',
      en: 'A 万/亿 before the digits, or a doubled one ("万22.1万")',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const chains = ctx.report.scans.numbers;
    for (let k = 0; k < chains.length; k++) {
      const after = text.charCodeAt(chains.end(k));
      if (!isScaleCode(after)) continue;
      const chain = chains.at(k);
      const unit = text[chain.end];
      const before = chain.start > 0 ? text.charCodeAt(chain.start - 1) : 0;

      // 万22.1万 / 亿22.1万: a scale word directly before the digits.
      if (isScaleCode(before) && !(chain.start >= 2 && isDigitCode(text.charCodeAt(chain.start - 2)))) {
        const lead = text[chain.start - 1];
        const start = chain.start - 1;
        const end = chain.end + 1;
        const wrong = clip(text.slice(start, end));
        const right = clip(text.slice(chain.start, end));
        const same = lead === unit;
        const fix = map.fix({ zh: `改为“${right}”`, en: `Change to "${right}"` }, [{ start, end: chain.start, text: '' }], same);
        ctx.add({
          range: map.range(start, end),
          message: same
            ? {
                zh: `单位“${unit}”重复：“${wrong}”应写作“${right}”`,
                en: `Doubled unit ${unit}: write "${right}", not "${wrong}"`,
              }
            : {
                zh: `数字前多出单位“${lead}”：“${wrong}”，应为“${right}”或“${lead}”的其他写法，请核对`,
                en: `Stray unit ${lead} before the number in "${wrong}": probably "${right}"; check the value`,
              },
          fixes: fixes(fix),
        });
      }

      // 22.1万万: the same scale word twice after the digits.
      if (text.charCodeAt(chain.end + 1) === after && text.charCodeAt(chain.end + 2) !== after) {
        const start = chain.start;
        const end = chain.end + 2;
        const wrong = clip(text.slice(start, end));
        const right = clip(text.slice(start, end - 1));
        ctx.add({
          range: map.range(start, end),
          message: {
            zh: `单位“${unit}”重复：“${wrong}”应写作“${right}”`,
            en: `Doubled unit ${unit}: write "${right}", not "${wrong}"`,
          },
          fixes: fixes(map.fix({ zh: `改为“${right}”`, en: `Change to "${right}"` }, [{ start: end - 1, end, text: '' }], true)),
        });
      }
    }
  },
};
