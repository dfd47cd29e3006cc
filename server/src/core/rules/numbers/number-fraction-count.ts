// number-fraction-count: a count of things (件 条 项 次 人 人次 个 篇 期 家)
// must be a whole number unless it is scaled by 万/亿: "129.3次" is wrong,
// "129.3万次" and "454.8万次" are fine. Not flagged: averages and rates (平均,
// 人均, 均, 每 … earlier in the same clause), ordinals (第1.5条), version-like
// numbers (1.2.3), and false friends such as 个百分点, 个月, 个工作日. No fix:
// only the author knows whether 万 is missing or the value is wrong.

import type { Rule } from '../rule';
import { DocMap } from '../../text/docmap';
import { clip, isAsciiLetterCode, skipInlineSpaces } from '../../text/chars';
import { COUNT_UNITS, COUNT_UNIT_FALSE_FRIENDS, chainShape, wordAt } from '../../text/numbers';

/** Characters that end a clause when looking back for 平均/每. */
const CLAUSE_END = new Set(['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '\n', '\r', '、', '|']);
const RATE_WORDS = ['平均', '人均', '均', '每', '约合', '折合'];
const LOOKBACK = 16;

function isRateContext(text: string, start: number): boolean {
  let k = start - 1;
  const stop = Math.max(0, start - LOOKBACK);
  while (k >= stop && !CLAUSE_END.has(text[k])) k--;
  const clause = text.slice(k + 1, start);
  return RATE_WORDS.some((w) => clause.includes(w));
}

export const rule: Rule = {
  meta: {
    id: 'number-fraction-count',
    category: 'numbers',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '计数（件、条、项、次、人、人次、个、篇、期、家）出现小数且未以“万”“亿”为单位（如“129.3次”）',
      en: 'A fractional count (件/条/项/次/人/人次/个/篇/期/家) not scaled by 万/亿, e.g. "129.3次"',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const chains = ctx.report.scans.numbers;
    for (let k = 0; k < chains.length; k++) {
      if (chains.dots(k) !== 1) continue;
      const unitAt = skipInlineSpaces(text, chains.end(k));
      const unit = wordAt(text, unitAt, COUNT_UNITS);
      if (!unit) continue;
      const chain = chains.at(k);
      if (chain.commas > 0) {
        // The integer part may carry grouping; nothing but digits after the point.
        const shape = chainShape(chain.raw);
        const lastSep = shape.seps[shape.seps.length - 1];
        if (lastSep !== '.' && lastSep !== '．') continue;
      }
      if (wordAt(text, unitAt, COUNT_UNIT_FALSE_FRIENDS)) continue;
      const before = chain.start > 0 ? text[chain.start - 1] : '';
      if (before === '第' || before === '.' || before === '．' || (before && isAsciiLetterCode(before.charCodeAt(0)))) continue;
      if (isRateContext(text, chain.start)) continue;
      const end = unitAt + unit.length;
      const written = clip(text.slice(chain.start, end));
      const number = clip(chain.raw);
      ctx.add({
        range: map.range(chain.start, end),
        message: {
          zh: `计数应为整数：“${written}”含小数；若以万计请写作“${number}万${unit}”，否则请核对数值`,
          en: `A count must be a whole number: "${written}" has a fraction; write "${number}万${unit}" if it is in ten-thousands, otherwise check the value`,
        },
      });
    }
  },
};
