// number-grouping: digit grouping must be "," every three digits in the integer
// part, if used at all (GB/T 15835-2011). Criterion, for a run of digits joined
// by commas (see chainShape):
//
// * Correct: first group 1–3 digits (no leading zero), every later group
//   exactly 3 digits, all half-width commas ("3,474,675.89") — not reported.
// * Full-width "，" (alone or mixed with ",") in otherwise correct 3-digit
//   positions ("3，474，675", "3,474，675"): the value is certain → safe fix
//   dropping the separators ("3474675").
// * Half-width commas in a grouping attempt with wrong positions: first group
//   1–3 digits without a leading zero and every later group 2–4 digits ("12,34",
//   "1,0000", "1,23,456") → reported without a fix (the value is uncertain).
// * Full-width commas in wrong positions are normally punctuation between two
//   numbers ("12，34") and are left alone, unless a later group has 2–4 digits
//   with a leading zero ("1，0000"), which only a number can have.
// * A comma after the decimal point followed by 2–4 digits ("3.141,59") →
//   reported without a fix.
// * Never reported: lists whose later parts are single digits ("1,2,3项"), a
//   first part of four or more digits ("2019,2020年"), a comma that is followed
//   by a non-digit ("57507次,信息" — punctuation-halfwidth's business), numbers
//   inside URLs/e-mails, dotted dates/versions (2019.3.13).

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { clip, isAsciiLetterCode } from '../../text/chars';
import { exclusionSet } from '../../text/exclusions';
import { chainShape, scanNumberChains } from '../../text/numbers';

const isDot = (s: string) => s === '.' || s === '．';
const isComma = (s: string) => s === ',' || s === '，';
const len = (p: string, lo: number, hi: number) => p.length >= lo && p.length <= hi;

export const rule: Rule = {
  meta: {
    id: 'number-grouping',
    category: 'numbers',
    severity: 'warning',
    fixClass: 'safe',
    description: {
      zh: '数字分节不规范（如“12,34”“1,0000”“3，474，675”，或小数部分分节）',
      en: 'Malformed digit grouping ("12,34", "1,0000", "3，474，675", or a separator in the decimals)',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    let skip: ReturnType<typeof exclusionSet> | null = null;
    for (const chain of scanNumberChains(text)) {
      if (chain.commas === 0 || chain.dots > 1) continue;
      const shape = chainShape(chain.raw);
      const before = chain.start > 0 ? text.charCodeAt(chain.start - 1) : 0;
      if (isAsciiLetterCode(before) || isAsciiLetterCode(text.charCodeAt(chain.end))) continue;
      skip ??= exclusionSet(text);
      if (skip.intersects(chain.start, chain.end)) continue;

      const dotAt = shape.seps.findIndex(isDot);
      const intSepCount = dotAt === -1 ? shape.seps.length : dotAt;
      const intParts = shape.parts.slice(0, intSepCount + 1);
      const intSeps = shape.seps.slice(0, intSepCount);
      const fracParts = dotAt === -1 ? [] : shape.parts.slice(dotAt + 1);
      const fracSeps = dotAt === -1 ? [] : shape.seps.slice(dotAt + 1);
      const wrong = clip(chain.raw);

      // A separator in the decimal part.
      if (fracSeps.includes(',') && fracParts.slice(1).every((p) => len(p, 2, 4))) {
        ctx.add({
          range: map.range(chain.start, chain.end),
          message: {
            zh: `小数部分不应分节：“${wrong}”（小数点后的数字不加逗号；若为并列数字请用顿号或全角逗号分隔）`,
            en: `Digit separator in the decimal part of "${wrong}" (no commas after the point; separate listed numbers with 、 or ，)`,
          },
        });
        continue;
      }
      if (intSeps.length === 0) continue;

      const first = intParts[0];
      const rest = intParts.slice(1);
      const firstOk = len(first, 1, 3) && first[0] !== '0';
      const hasHalf = intSeps.includes(',');
      const hasFull = intSeps.includes('，');
      const group3 = firstOk && rest.every((p) => p.length === 3);

      if (group3) {
        if (!hasFull) continue; // well-formed
        const edits: Array<{ start: number; end: number; text: string }> = [];
        let off = chain.start;
        for (let k = 0; k < intSeps.length; k++) {
          off += intParts[k].length;
          if (isComma(intSeps[k])) edits.push({ start: off, end: off + 1, text: '' });
          off += 1;
        }
        const right = clip(intParts.join('') + (dotAt === -1 ? '' : '.' + fracParts.join('')));
        const shown = clip(chain.raw.replace(/[,，]/g, ''));
        ctx.add({
          range: map.range(chain.start, chain.end),
          message: {
            zh: `数字分节使用了全角逗号：“${wrong}”应写作“${shown}”`,
            en: `Full-width comma used as a digit separator: write "${shown}", not "${wrong}"`,
          },
          fixes: fixes(map.fix({ zh: `改为“${shown}”`, en: `Change to "${shown}"` }, edits, true)),
          detail: { zh: `数值为 ${right}`, en: `The value is ${right}` },
        });
        continue;
      }

      const attempt = hasHalf
        ? firstOk && rest.every((p) => len(p, 2, 4))
        : firstOk && rest.every((p) => len(p, 2, 4)) && rest.some((p) => p[0] === '0');
      if (!attempt) continue;
      ctx.add({
        range: map.range(chain.start, chain.end),
        message: {
          zh: `数字分节不规范：“${wrong}”（应从个位起每三位一节，或不分节；若为并列数字请用顿号“、”分隔）`,
          en: `Malformed digit grouping "${wrong}" (group by three from the units digit, or not at all; separate listed numbers with 、)`,
        },
      });
    }
  },
};

export default rule;
