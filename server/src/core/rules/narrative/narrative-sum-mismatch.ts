// narrative-sum-mismatch: "共N条，其中/分别为 a条、b条…" whose parts do not add
// up to N. The list runs clause by clause until a clause without a number of
// the same unit or the end of the sentence.

import type { Rule } from '../rule';
import { proseMatches } from './prose';
import { toHalfWidth } from '../../text/normalize';

const UNIT = '(?:人次|件|条|项|个|篇|期|次|家|人|份)';
const TOTAL = new RegExp(`(?:共计?|总计|合计)\\s*([0-9０-９]+)\\s*(${UNIT})(?![余多])|([0-9０-９]+)\\s*(${UNIT})(?=[，,：:]\\s*(?:其中|包括|分别为|分别是))`, 'g');
const LIST_MARK = /^[，,：:]?\s*(?:其中|包括|分别为|分别是|含)/;

export const rule: Rule = {
  meta: {
    id: 'narrative-sum-mismatch',
    category: 'narrative',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '“共N…，其中…”各分项之和与总数不符', en: '"共N…，其中…": the parts do not add up to the total' },
  },
  check(ctx) {
    const text = ctx.report.src.text;
    for (const { m, at, end, textEnd } of proseMatches(ctx.report, TOTAL)) {
      const n = Number(toHalfWidth(m[1] ?? m[3]));
      const unit = m[2] ?? m[4];
      const after = text.slice(textEnd, Math.min(text.length, textEnd + 400));
      const sentence = after.split(/[。！？\n]/)[0];
      const clauses = sentence.split(/[，,、；;]/);
      // "共11条,分别为…" : the list marker may open the first clause.
      const marked = LIST_MARK.test(sentence) || /^[^，,]{0,4}(?:其中|包括|分别为|分别是)/.test(clauses[0] ?? '');
      if (!marked) continue;
      const unitRe = new RegExp(`([0-9０-９]+(?:\\.[0-9]+)?)\\s*${unit}(?![余多])`, 'g');
      const parts: number[] = [];
      for (const c of clauses) {
        const nums = [...c.matchAll(unitRe)].map((x) => Number(toHalfWidth(x[1])));
        if (nums.length === 0) {
          if (parts.length > 0) break;
          continue;
        }
        parts.push(...nums);
      }
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      // A list that reaches the total early and then names a subset ("其中…2条") is consistent.
      let prefix = 0;
      if (parts.some((p) => (prefix += p) === n)) continue;
      ctx.add({
        range: { start: at, end },
        message: {
          zh: `总数为 ${n}${unit}，但所列分项 ${parts.join('+')} = ${sum}${unit}`,
          en: `The total is ${n}${unit} but the listed parts ${parts.join('+')} add up to ${sum}${unit}`,
        },
      });
    }
  },
};
