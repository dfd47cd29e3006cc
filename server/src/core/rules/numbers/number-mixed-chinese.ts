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
import {
  chainStartingAt,
  decAdd,
  decFormat,
  decMulInt,
  decShift,
  parseDec,
  scanNumberChains,
  type Dec,
  type NumberChain,
} from '../../text/numbers';

const UNIT_VALUE: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n, 万: 10000n, 亿: 100000000n };
/** After these, 千/百 start a unit word (5千克, 3千米, 2百帕), not a numeral. */
const UNIT_WORD_AFTER: Record<string, string> = { 千: '克米瓦伏帕焦卡赫兆字周', 百: '帕分', 十: '' };
/** A conversion is only offered when the expression is not followed by these. */
const NO_FIX_AFTER = '几一二三四五六七八九十百千两零〇';
/** Longer coefficients are not converted (and an expression holds at most this many items). */
const MAX_COEFFICIENT = 16;
const MAX_ITEMS = 16;

type Item = { kind: 'num'; raw: string; start: number; end: number } | { kind: 'unit'; ch: string };

function isSimpleChain(c: NumberChain): boolean {
  return c.commas === 0 && c.dots <= 1;
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
    const chains = scanNumberChains(text);
    let consumedUntil = -1;
    for (let i = 0; i < chains.length; i++) {
      const first = chains[i];
      if (first.start < consumedUntil || !isSimpleChain(first)) continue;
      // Collect digits and unit characters that follow one another without gaps.
      const items: Item[] = [{ kind: 'num', raw: first.raw, start: first.start, end: first.end }];
      let pos = first.end;
      let next = i + 1;
      let attached = false;
      let lastChainIdx = i;
      while (items.length < MAX_ITEMS) {
        const ch = text[pos];
        if (ch !== undefined && ch in UNIT_VALUE) {
          if ((ch === '千' || ch === '百') && UNIT_WORD_AFTER[ch].includes(text[pos + 1] ?? '\u0000')) break;
          if ((ch === '十' || ch === '百' || ch === '千') && items[items.length - 1].kind === 'num') attached = true;
          items.push({ kind: 'unit', ch });
          pos++;
          continue;
        }
        if (items[items.length - 1].kind !== 'unit') break;
        const k = chainStartingAt(chains, next, pos);
        if (k === -1 || !isSimpleChain(chains[k])) break;
        items.push({ kind: 'num', raw: chains[k].raw, start: chains[k].start, end: chains[k].end });
        pos = chains[k].end;
        next = k + 1;
        lastChainIdx = k;
      }
      if (!attached) continue;
      consumedUntil = pos;
      i = lastChainIdx;
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
        fixes: right
          ? fixes(map.fix({ zh: `改为“${right}”`, en: `Change to "${right}"` }, [{ start, end, text: right }], false))
          : [],
      });
    }
  },
};

export default rule;
