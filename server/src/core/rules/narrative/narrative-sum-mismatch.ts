// narrative-sum-mismatch: "共N条，其中/分别为 a条、b条…" or "共…N条（其中a条，b条…）"
// whose parts do not add up to N. An open list runs clause by clause until a
// clause without a number of the same unit or the end of the sentence; a
// bracketed one is read to its closing bracket (bracket-list.ts).

import type { Rule, RuleContext } from '../rule';
import { proseMatches } from './prose';
import { TotalScanner } from './total-scan';
import { BRACKET_TOTAL, OPENS_BRACKET_LIST, readBracketList } from './bracket-list';
import { toHalfWidth } from '../../text/normalize';

/** "共N条" / "N条，其中…" (see total-scan.ts for the pattern and why it is not one regex). */
const TOTAL = new TotalScanner();
/** Every TOTAL match holds one of these (see proseMatches). */
const TOTAL_WORDS = ['共', '总计', '合计', '其中', '包括', '分别为', '分别是'];
const LIST_MARK = /^[，,：:]?\s*(?:其中|包括|分别为|分别是|含)/;

const unitPatterns = new Map<string, RegExp>();

/** "a条" for one unit: compiled once per unit (global; callers reset lastIndex). */
export function unitPattern(unit: string): RegExp {
  let re = unitPatterns.get(unit);
  if (!re) {
    // Only from the first digit of a run: the same match from a later digit would
    // come after it, and retrying each digit of a long run was quadratic.
    re = new RegExp(`(?<![0-9０-９])([0-9０-９]+(?:\\.[0-9]+)?)\\s*${unit}(?![余多])`, 'g');
    unitPatterns.set(unit, re);
  }
  return re;
}

export const rule: Rule = {
  meta: {
    id: 'narrative-sum-mismatch',
    category: 'narrative',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '“共N……，其中a……、b……”各分项之和不等于总数', en: '“共N…，其中a…、b…”: the parts do not add up to N' },
  },
  check(ctx) {
    checkOpenLists(ctx);
    checkBracketLists(ctx);
  },
};

function report(ctx: RuleContext, start: number, end: number, n: number, unit: string, parts: number[], sum: number): void {
  ctx.add({
    range: { start, end },
    message: {
      zh: `总数为 ${n}${unit}，但所列分项 ${parts.join('+')} = ${sum}${unit}`,
      en: `The total is ${n}${unit} but the listed parts ${parts.join('+')} add up to ${sum}${unit}`,
    },
  });
}

function checkOpenLists(ctx: RuleContext): void {
  const text = ctx.report.src.text;
  for (const { m, at, end, textEnd } of proseMatches(ctx.report, TOTAL, TOTAL_WORDS)) {
    const n = Number(toHalfWidth(m[1] ?? m[3]));
    const unit = m[2] ?? m[4];
    const after = text.slice(textEnd, Math.min(text.length, textEnd + 400));
    if (OPENS_BRACKET_LIST.test(after) || insideBracket(text, textEnd - m[0].length)) continue;
    // A list the sentence puts in brackets ("（共12条，其中…）") ends with them.
    const stop = after.search(/[。！？\n）)]/);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    const clauses = sentence.split(/[，,、；;]/);
    // "共11条,分别为…" : the list marker may open the first clause.
    const marked = LIST_MARK.test(sentence) || /^[^，,]{0,4}(?:其中|包括|分别为|分别是)/.test(clauses[0] ?? '');
    if (!marked) continue;
    const unitRe = unitPattern(unit);
    const parts: number[] = [];
    for (const c of clauses) {
      const before = parts.length;
      unitRe.lastIndex = 0;
      for (let x = unitRe.exec(c); x !== null; x = unitRe.exec(c)) parts.push(Number(toHalfWidth(x[1])));
      if (parts.length === before && before > 0) break;
    }
    if (parts.length < 2) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    // A list that reaches the total early and then names a subset ("其中…2条") is consistent.
    let prefix = 0;
    if (parts.some((p) => (prefix += p) === n)) continue;
    report(ctx, at, end, n, unit, parts, sum);
  }
}

/**
 * Whether `at` sits inside a bracket opened earlier in its sentence: a part of
 * a bracketed list whose own "其中" names what stands out in it, not a breakdown.
 */
function insideBracket(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < 800; i--) {
    const c = text[i];
    if (c === '。' || c === '\n') break;
    if (c === '）' || c === ')') depth--;
    else if (c === '（' || c === '(') depth++;
    if (depth > 0) return true;
  }
  return false;
}

/** "共" in the total's own clause, shortly before its number: where the finding starts. */
const LEAD = /共[^，,。；;：:\n]{0,16}$/;

function checkBracketLists(ctx: RuleContext): void {
  const text = ctx.report.src.text;
  for (const { m, at, textEnd } of proseMatches(ctx.report, BRACKET_TOTAL, ['其中', '包括', '分别'])) {
    const n = Number(toHalfWidth(m[1]));
    const unit = m[2];
    const start = textEnd - m[0].length;
    const open = text.slice(start, textEnd).search(/[（(]/) + start;
    const list = readBracketList(text, open, unit);
    if (!list) continue;
    let prefix = 0;
    if (list.sums.includes(n) || list.parts.some((p) => (prefix += p) === n)) continue;
    const lead = LEAD.exec(text.slice(Math.max(0, start - 17), start));
    const from = lead ? ctx.report.src.toOriginal(start - lead[0].length) : at;
    const unitEnd = start + m[0].indexOf(unit) + unit.length;
    report(ctx, from, ctx.report.src.toOriginalEnd(unitEnd), n, unit, list.parts, list.sums[0]);
  }
}
