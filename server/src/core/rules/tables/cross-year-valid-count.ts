// cross-year-valid-count: table 二's running count continues last year's.
// 2021 template: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止;
// 2019 template: 对外公开总数量 = last year's 对外公开总数量 + 本年新公开.
// Never across a change of generation: the two templates count different things.

import type { Generation, Msg } from '../../types';
import type { Rule } from '../rule';
import type { FactCell, YearFacts } from '../../model/yearFacts';
import { T2_FACT_ROWS } from '../../model/yearFacts';
import { agreed, fileName, relatedCell, yearPair } from './crossYear';

const ROW_NAMES: Record<string, Msg> = {
  rules: { zh: '规章', en: 'rules' },
  normative: { zh: '行政规范性文件', en: 'normative documents' },
};

interface Running {
  /** The running count's column. */
  total: string;
  added: string;
  removed: string | null;
  words: { total: Msg; added: Msg; removed: Msg | null };
}

const RUNNING: Record<Generation, Running> = {
  '2021': {
    total: 'valid',
    added: 'issued',
    removed: 'repealed',
    words: { total: { zh: '现行有效件数', en: 'currently valid' }, added: { zh: '本年制发', en: 'issued' }, removed: { zh: '本年废止', en: 'repealed' } },
  },
  '2019': {
    total: 'totalPublic',
    added: 'published',
    removed: null,
    words: { total: { zh: '对外公开总数量', en: 'total public' }, added: { zh: '本年新公开', en: 'newly published' }, removed: null },
  },
};

export const rule: Rule = {
  meta: {
    id: 'cross-year-valid-count',
    category: 'tables',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '现行有效件数（对外公开总数量）与上一年度报告接续不上',
      en: 'The currently valid (total public) count does not follow from last year’s report',
    },
  },
  check(ctx) {
    const pair = yearPair(ctx);
    if (!pair) return;
    const run = RUNNING[pair.cur.generation];
    for (const row of T2_FACT_ROWS) {
      const cell = (f: YearFacts, col: string): FactCell | undefined => f.t2[`${row}.${col}`];
      const total = cell(pair.cur, run.total);
      const added = cell(pair.cur, run.added);
      const removed = run.removed === null ? null : cell(pair.cur, run.removed);
      const last = agreed(pair.prev, (p) => cell(p, run.total));
      if (!total || !added || removed === undefined || !last) continue;
      const expected = last.cell.value + added.value - (removed?.value ?? 0);
      if (expected === total.value) continue;
      const w = run.words;
      const name = ROW_NAMES[row];
      const file = fileName(last.facts);
      const zhSum = `${last.cell.value} + ${added.value}${removed ? ` − ${removed.value}` : ''} = ${expected}`;
      ctx.add({
        range: { start: total.start, end: total.end },
        message: {
          zh: `表二${name.zh}“${w.total.zh}”为 ${total.value}，但上一年度报告（${file.zh}）为 ${last.cell.value}，加${w.added.zh} ${added.value}${removed ? `、减${w.removed!.zh} ${removed.value}` : ''}，应为 ${expected}`,
          en: `Table 2 ${name.en} "${w.total.en}" is ${total.value}, but last year's report (${file.en}) says ${last.cell.value}; with ${added.value} ${w.added.en}${removed ? ` and ${removed.value} ${w.removed!.en}` : ''} it should be ${expected}`,
        },
        detail: {
          zh: `上年${w.total.zh} + ${w.added.zh}${removed ? ` − ${w.removed!.zh}` : ''} = ${w.total.zh}\n${zhSum} ≠ ${total.value}`,
          en: `last year's ${w.total.en} + ${w.added.en}${removed ? ` − ${w.removed!.en}` : ''} = ${w.total.en}\n${zhSum} ≠ ${total.value}`,
        },
        related: [
          relatedCell(last.facts, last.cell, {
            zh: `${last.facts.year}年报告：${name.zh}·${w.total.zh} ${last.cell.value}`,
            en: `${last.facts.year} report: ${name.en} ${w.total.en} ${last.cell.value}`,
          }),
        ],
      });
    }
  },
};
