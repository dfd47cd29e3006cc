// date-invalid: a date that cannot exist — month outside 1–12, day outside the
// month (2021年2月30日, 2021年13月1日, 2022-13-01). Forms read:
//   YYYY年M月D日 / YYYY年M月 / M月D日 (also 号 for 日; spaces tolerated),
//   YYYY-MM-DD, YYYY/MM/DD and YYYY.MM.DD (four-digit year 1900–2099).
// Without a year, 2月29日 is accepted (it exists in leap years). A year is only
// taken as such when it has four digits. No fix: only the author knows the date.

import type { Rule } from '../rule';
import { DocMap } from '../../text/docmap';
import { clip, isAsciiLetterCode, isDigitCode, skipInlineSpaces } from '../../text/chars';
import { chainShape, integerValue, type NumberChain } from '../../text/numbers';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Why (year, month, day) is impossible, or null when it is a real date. Day/year may be unknown. */
function problem(year: number | null, month: number, day: number | null): { zh: string; en: string } | null {
  if (!(month >= 1 && month <= 12)) return { zh: '月份应为1至12', en: 'the month must be 1–12' };
  if (day === null) return null;
  if (day < 1) return { zh: '日应从1开始', en: 'the day must be at least 1' };
  let max = DAYS[month - 1];
  if (month === 2 && year !== null) max = isLeap(year) ? 29 : 28;
  if (day > max) {
    return {
      zh: year !== null ? `${year}年${month}月只有${max}天` : `${month}月最多${max}天`,
      en: year !== null ? `${year}-${String(month).padStart(2, '0')} has only ${max} days` : `month ${month} has at most ${max} days`,
    };
  }
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'date-invalid',
    category: 'numbers',
    severity: 'error',
    fixClass: 'none',
    description: {
      zh: '日期不存在（如“2021年13月1日”“2月30日”）',
      en: 'An impossible date (2021年13月1日, 2月30日)',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const chains = ctx.report.scans.numbers;
    const report = (start: number, end: number, why: { zh: string; en: string }) => {
      const written = clip(text.slice(start, end));
      ctx.add({
        range: map.range(start, end),
        message: {
          zh: `日期不存在：“${written}”（${why.zh}）`,
          en: `Impossible date "${written}" (${why.en})`,
        },
      });
    };
    /** The integer chain that follows `after` (after optional spaces) and the word right after it. */
    const follow = (from: number, after: number): { k: number; chain: NumberChain; next: string } | null => {
      const at = skipInlineSpaces(text, after);
      const k = chains.startingAt(from, at);
      if (k === -1 || chains.end(k) - chains.start(k) > 2) return null;
      const chain = chains.at(k);
      if (!Number.isFinite(integerValue(chain.raw))) return null;
      return { k, chain, next: text[skipInlineSpaces(text, chain.end)] ?? '' };
    };
    const wordEnd = (chain: NumberChain) => skipInlineSpaces(text, chain.end) + 1;

    for (let i = 0; i < chains.length; i++) {
      if (chains.end(i) - chains.start(i) > 10 || chains.commas(i) !== 0) continue; // no date part is that long
      const dots = chains.dots(i);
      if (dots > 2 || dots === 1) continue;
      const afterAt = skipInlineSpaces(text, chains.end(i));
      const word = text[afterAt] ?? '';
      if (dots === 0 && word !== '年' && word !== '月' && word !== '-' && word !== '/') continue;
      const c = chains.at(i);
      const before = c.start > 0 ? text.charCodeAt(c.start - 1) : 0;
      if (isAsciiLetterCode(before)) continue;

      // Dotted dates 2019.3.13 are one chain.
      if (dots === 2) {
        const shape = chainShape(c.raw);
        if (shape.parts[0].length !== 4) continue;
        const y = Number(shape.parts[0]);
        if (y >= 1900 && y <= 2099 && shape.parts[1].length <= 2 && shape.parts[2].length <= 2) {
          const why = problem(y, Number(shape.parts[1]), Number(shape.parts[2]));
          if (why) report(c.start, c.end, why);
        }
        continue;
      }
      const value = integerValue(c.raw);

      // ISO-like: 2022-13-01, 2022/13/01.
      if ((word === '-' || word === '/') && afterAt === c.end && c.raw.length === 4 && value >= 1900 && value <= 2099) {
        const k1 = chains.startingAt(i + 1, c.end + 1);
        if (k1 === -1) continue;
        const m = chains.at(k1);
        if (text[m.end] !== word || m.raw.length > 2 || !Number.isFinite(integerValue(m.raw))) continue;
        const k2 = chains.startingAt(k1 + 1, m.end + 1);
        if (k2 === -1) continue;
        const d = chains.at(k2);
        if (d.raw.length > 2 || !Number.isFinite(integerValue(d.raw))) continue;
        const tail = text.charCodeAt(d.end);
        if (isDigitCode(tail) || text[d.end] === word || isAsciiLetterCode(tail)) continue;
        const why = problem(value, integerValue(m.raw), integerValue(d.raw));
        if (why) report(c.start, d.end, why);
        i = k2;
        continue;
      }

      if (word === '年' && c.raw.length === 4) {
        const m = follow(i + 1, afterAt + 1);
        if (!m || m.next !== '月') continue;
        const d = follow(m.k + 1, wordEnd(m.chain));
        const hasDay = d !== null && (d.next === '日' || d.next === '号');
        const why = problem(value, integerValue(m.chain.raw), hasDay ? integerValue(d.chain.raw) : null);
        const end = hasDay ? wordEnd(d.chain) : wordEnd(m.chain);
        if (why) report(c.start, end, why);
        i = hasDay ? d.k : m.k;
        continue;
      }

      if (word === '月' && c.raw.length <= 2) {
        const d = follow(i + 1, afterAt + 1);
        if (!d || (d.next !== '日' && d.next !== '号')) continue;
        const why = problem(null, value, integerValue(d.chain.raw));
        if (why) report(c.start, wordEnd(d.chain), why);
        i = d.k;
      }
    }
  },
};
