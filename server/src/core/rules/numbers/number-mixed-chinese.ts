// number-mixed-chinese: Arabic digits mixed with the Chinese numerals 十/百/千
// ("4千", "3千5百万", "2百余人"). Only 万 and 亿 may follow Arabic digits
// (GB/T 15835-2011). The digit must be attached to 十/百/千: words such as 千克,
// 千米, 千瓦 (SI units after a digit), 百分之, 千方百计 and 十四五 (no digit
// attached) are not reported. The suggested fix writes the value in Arabic
// digits, keeping the largest 万/亿 of the original: "3千5百万" → "3500万",
// "1万2千" → "1.2万", "4千" → "4000", "2百余人" → "200余人".

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { clip, toAsciiDigits } from '../../text/chars';
import { decAdd, decFormat, decMulInt, decShift, parseDec, type ChainList, type Dec } from '../../text/numbers';

const UNIT_VALUE: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n, 万: 10000n, 亿: 100000000n };
/** After these, 千/百 start a unit word (5千克, 3千米, 2百帕), not a numeral. */
const UNIT_WORD_AFTER: Record<string, string> = { 千: '克米瓦伏帕焦卡赫兆字周', 百: '帕分', 十: '' };
/** A conversion is only offered when the expression is not followed by these. */
const NO_FIX_AFTER = '几一二三四五六七八九十百千两零〇';
/** Longer coefficients are not converted (and an expression holds at most this many items). */
const MAX_COEFFICIENT = 16;
const MAX_ITEMS = 16;

type Item = { kind: 'num'; raw: string; start: number; end: number } | { kind: 'unit'; ch: string };

/** 十 百 千 万 亿 (the keys of UNIT_VALUE), by code: no one-character string per number. */
function isUnitCode(c: number): boolean {
  return c === 0x5341 || c === 0x767e || c === 0x5343 || c === 0x4e07 || c === 0x4ebf;
}

function isSimpleChain(chains: ChainList, k: number): boolean {
  return chains.commas(k) === 0 && chains.dots(k) <= 1;
}

/**
 * Walks the digits and 十百千万亿 that follow chain i without gaps (at most
 * MAX_ITEMS items). Reports whether some 十/百/千 is attached to a digit, and
 * collects the items when asked to.
 */
function walk(text: string, chains: ChainList, i: number, items: Item[] | null): { attached: boolean; end: number; firstChain: number; lastChain: number } {
  let count = 1;
  let lastWasNum = true;
  let attached = false;
  let pos = chains.end(i);
  let lastChain = i;
  items?.push({ kind: 'num', raw: chains.raw(i), start: chains.start(i), end: pos });
  while (count < MAX_ITEMS) {
    const ch = text[pos];
    if (ch !== undefined && ch in UNIT_VALUE) {
      if ((ch === '千' || ch === '百') && UNIT_WORD_AFTER[ch].includes(text[pos + 1] ?? '\u0000')) break;
      if ((ch === '十' || ch === '百' || ch === '千') && lastWasNum) attached = true;
      items?.push({ kind: 'unit', ch });
      count++;
      lastWasNum = false;
      pos++;
      continue;
    }
    if (lastWasNum) break;
    const k = chains.startingAt(lastChain + 1, pos);
    if (k === -1 || !isSimpleChain(chains, k)) break;
    items?.push({ kind: 'num', raw: chains.raw(k), start: chains.start(k), end: chains.end(k) });
    count++;
    lastWasNum = true;
    pos = chains.end(k);
    lastChain = k;
  }
  return { attached, end: pos, firstChain: i, lastChain };
}

/** Value of an expression of Arabic coefficients and 十百千万亿, or null. */
function evaluate(items: Item[]): { value: Dec; scale: '' | '万' | '亿' } | null {
  const zero: Dec = { n: 0n, scale: 0 };
  let total = zero; // ≥ 亿
  let wan = zero; // 万 … below 亿
  let sec = zero; // below 万
  let cur: Dec | null = null;
  let lastUnit: bigint | null = null;
  let scale: '' | '万' | '亿' = '';
  let seenWan = false;
  let seenYi = false;
  for (const it of items) {
    if (it.kind === 'num') {
      if (cur || it.raw.length > MAX_COEFFICIENT) return null;
      cur = parseDec(toAsciiDigits(it.raw));
      if (!cur) return null;
      continue;
    }
    const u = UNIT_VALUE[it.ch];
    if (it.ch === '亿') {
      if (seenYi) return null;
      seenYi = true;
      seenWan = false;
      total = decAdd(total, decMulInt(decAdd(decAdd(wan, sec), cur ?? zero), u));
      wan = zero;
      sec = zero;
      scale = '亿';
    } else if (it.ch === '万') {
      if (seenWan) return null;
      seenWan = true;
      wan = decAdd(wan, decMulInt(decAdd(sec, cur ?? zero), u));
      sec = zero;
      if (scale === '') scale = '万';
    } else {
      if (!cur) return null; // 百万 after 3千5: handled by 万 branch; a bare 千 here is malformed
      sec = decAdd(sec, decMulInt(cur, u));
    }
    cur = null;
    lastUnit = u;
  }
  if (cur) {
    // Colloquial trailing digits: 3千5 = 3500, 1万2 = 12000.
    if (lastUnit === null || lastUnit < 10n) return null;
    sec = decAdd(sec, decMulInt(cur, lastUnit / 10n));
  }
  return { value: decAdd(decAdd(total, wan), sec), scale };
}

function render(value: Dec, scale: '' | '万' | '亿'): string {
  if (scale === '亿') return decFormat(decShift(value, 8)) + '亿';
  if (scale === '万') return decFormat(decShift(value, 4)) + '万';
  return decFormat(value);
}

export const rule: Rule = {
  meta: {
    id: 'number-mixed-chinese',
    category: 'numbers',
    severity: 'warning',
    fixClass: 'suggest',
    description: {
      zh: '阿拉伯数字与“十”“百”“千”混用（如“4千”“3千5百万”），应写作阿拉伯数字加“万”“亿”',
      en: 'Arabic digits mixed with 十/百/千 ("4千", "3千5百万"); write Arabic digits with 万/亿',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const chains = ctx.report.scans.numbers;
    for (let i = 0; i < chains.length; i++) {
      // Cheap rejection: the number must be followed by 十百千万亿.
      if (!isUnitCode(text.charCodeAt(chains.end(i))) || !isSimpleChain(chains, i)) continue;
      // First walk allocates nothing; items are only built for a real finding.
      const probe = walk(text, chains, i, null);
      if (!probe.attached) {
        i = probe.lastChain;
        continue;
      }
      const items: Item[] = [];
      const { end: pos } = walk(text, chains, i, items);
      i = probe.lastChain;
      const first = chains.at(probe.firstChain);
      const start = first.start;
      const end = pos;
      const wrong = clip(text.slice(start, end));
      const evaluated = NO_FIX_AFTER.includes(text[end] ?? '\u0000') ? null : evaluate(items);
      const right = evaluated ? render(evaluated.value, evaluated.scale) : null;
      ctx.add({
        range: map.range(start, end),
        message: right
          ? {
              zh: `阿拉伯数字与汉字数字混用：“${wrong}”，建议写作“${right}”`,
              en: `Arabic digits mixed with Chinese numerals: "${wrong}"; write "${right}"`,
            }
          : {
              zh: `阿拉伯数字与汉字数字混用：“${wrong}”，应写作阿拉伯数字（可加“万”“亿”）`,
              en: `Arabic digits mixed with Chinese numerals: "${wrong}"; write Arabic digits (with 万/亿 if needed)`,
            },
        fixes: right ? fixes(map.fix({ zh: `改为“${right}”`, en: `Change to "${right}"` }, [{ start, end, text: right }], false)) : [],
      });
    }
  },
};
