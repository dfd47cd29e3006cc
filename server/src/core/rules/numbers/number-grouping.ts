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
import { clip, isAsciiLetterCode, isDigitCode, toAsciiDigits } from '../../text/chars';
import type { SpanSet } from '../../text/exclusions';

interface Grouping {
  /** Commas in the integer part, and whether any is half / full width. */
  intCommas: number;
  intHalf: boolean;
  intFull: boolean;
  /** First group: 1–3 digits, no leading zero. */
  firstOk: boolean;
  /** Later integer groups: all exactly 3 digits / all 2–4 digits / some with a leading zero. */
  restAll3: boolean;
  restAll2to4: boolean;
  restSomeZero: boolean;
  /** A half-width comma after the decimal point, and all later decimal groups 2–4 digits. */
  fracHalfComma: boolean;
  fracRest2to4: boolean;
}

/** One pass over a chain's characters, no allocation besides the result. */
function analyze(text: string, start: number, end: number): Grouping {
  const g: Grouping = {
    intCommas: 0,
    intHalf: false,
    intFull: false,
    firstOk: false,
    restAll3: true,
    restAll2to4: true,
    restSomeZero: false,
    fracHalfComma: false,
    fracRest2to4: true,
  };
  let inFrac = false;
  let part = 0; // index of the current group within the integer or decimal part
  let len = 0;
  let zero = false;
  const close = () => {
    if (!inFrac) {
      if (part === 0) g.firstOk = len >= 1 && len <= 3 && !zero;
      else {
        if (len !== 3) g.restAll3 = false;
        if (len < 2 || len > 4) g.restAll2to4 = false;
        if (zero) g.restSomeZero = true;
      }
    } else if (part > 0 && (len < 2 || len > 4)) g.fracRest2to4 = false;
  };
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (isDigitCode(c)) {
      if (len === 0) zero = c === 0x30 || c === 0xff10;
      len++;
      continue;
    }
    close();
    if (c === 0x2e || c === 0xff0e) {
      inFrac = true;
      part = 0;
    } else if (c === 0x2c || c === 0xff0c) {
      if (inFrac) {
        if (c === 0x2c) g.fracHalfComma = true;
      } else {
        g.intCommas++;
        if (c === 0x2c) g.intHalf = true;
        else g.intFull = true;
      }
      part++;
    }
    len = 0;
  }
  return g;
}

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
    let skip: SpanSet | null = null;
    const chains = ctx.report.scans.numbers;
    for (let k = 0; k < chains.length; k++) {
      if (chains.commas(k) === 0 || chains.dots(k) > 1) continue;
      const start = chains.start(k);
      const end = chains.end(k);
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      if (isAsciiLetterCode(before) || isAsciiLetterCode(text.charCodeAt(end))) continue;
      const g = analyze(text, start, end);
      const fracCase = g.fracHalfComma && g.fracRest2to4;
      const group3 = g.intCommas > 0 && g.firstOk && g.restAll3;
      const attempt = g.intCommas > 0 && g.firstOk && g.restAll2to4 && (g.intHalf || g.restSomeZero);
      if (!fracCase && !(group3 && g.intFull) && !(attempt && !group3)) continue;
      skip ??= ctx.report.scans.exclusions;
      if (skip.intersects(start, end)) continue;
      const raw = text.slice(start, end);
      const wrong = clip(raw);

      if (fracCase) {
        // A separator in the decimal part.
        ctx.add({
          range: map.range(start, end),
          message: {
            zh: `小数部分不应分节：“${wrong}”（小数点后的数字不加逗号；若为并列数字请用顿号或全角逗号分隔）`,
            en: `Digit separator in the decimal part of "${wrong}" (no commas after the point; separate listed numbers with 、 or ，)`,
          },
        });
        continue;
      }

      if (group3) {
        // Full-width "，" in correct positions: the value is certain, drop the separators.
        const edits: Array<{ start: number; end: number; text: string }> = [];
        for (let i = start; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x2e || c === 0xff0e) break;
          if (c === 0x2c || c === 0xff0c) edits.push({ start: i, end: i + 1, text: '' });
        }
        const shown = clip(raw.replace(/[,，]/g, ''));
        const value = clip(toAsciiDigits(raw.replace(/[,，]/g, '')));
        ctx.add({
          range: map.range(start, end),
          message: {
            zh: `数字分节使用了全角逗号：“${wrong}”应写作“${shown}”`,
            en: `Full-width comma used as a digit separator: write "${shown}", not "${wrong}"`,
          },
          fixes: fixes(map.fix({ zh: `改为“${shown}”`, en: `Change to "${shown}"` }, edits, true)),
          detail: { zh: `数值为 ${value}`, en: `The value is ${value}` },
        });
        continue;
      }

      ctx.add({
        range: map.range(start, end),
        message: {
          zh: `数字分节不规范：“${wrong}”（应从个位起每三位一节，或不分节；若为并列数字请用顿号“、”分隔）`,
          en: `Malformed digit grouping "${wrong}" (group by three from the units digit, or not at all; separate listed numbers with 、)`,
        },
      });
    }
  },
};
