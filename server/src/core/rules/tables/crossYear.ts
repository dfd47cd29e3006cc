// What the two cross-year rules share: finding last year's report of the same
// body among the facts they were given, and naming it and its cell.

import type { Msg, Related } from '../../types';
import type { RuleContext } from '../rule';
import { isPreviousYear, yearFactsOf, type FactCell, type YearFacts } from '../../model/yearFacts';

export interface YearPair {
  cur: YearFacts;
  /** Every known report of the same body for the year before, same generation (distinct documents). */
  prev: YearFacts[];
}

/** This report and its predecessors; null when there is nothing to compare with. */
export function yearPair(ctx: RuleContext): YearPair | null {
  if (ctx.previous.length === 0) return null;
  const cur = yearFactsOf(ctx.report);
  if (!cur) return null;
  const seen = new Set<string>();
  const prev: YearFacts[] = [];
  for (const p of ctx.previous) {
    if (!isPreviousYear(p, cur)) continue;
    const key = `${p.uri}\u0000${p.carryOut.total?.start ?? ''}\u0000${p.t2['rules.valid']?.start ?? p.t2['rules.totalPublic']?.start ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    prev.push(p);
  }
  return prev.length > 0 ? { cur, prev } : null;
}

/**
 * Last year's cell under `key` when every predecessor that has it agrees on
 * its value (two copies of last year's report that disagree: which one was
 * published is open, so nothing is said).
 */
export function agreed(prev: YearFacts[], pick: (p: YearFacts) => FactCell | undefined): { facts: YearFacts; cell: FactCell } | null {
  let out: { facts: YearFacts; cell: FactCell } | null = null;
  for (const p of prev) {
    const cell = pick(p);
    if (!cell) continue;
    if (out && out.cell.value !== cell.value) return null;
    out ??= { facts: p, cell };
  }
  return out;
}

/** "pingtan-2021.html" or, for a report of the same file, "本文件中的2021年报告". */
export function fileName(p: YearFacts): Msg {
  if (p.name) return { zh: p.name, en: p.name };
  return { zh: `本文件中的${p.year}年报告`, en: `the ${p.year} report in this file` };
}

/** Related information pointing at a cell of last year's report. */
export function relatedCell(p: YearFacts, c: FactCell, message: Msg): Related {
  return {
    range: { start: c.start, end: c.end },
    message,
    elsewhere: { uri: p.uri, name: p.name, line: c.line, character: c.character, endLine: c.endLine, endCharacter: c.endCharacter },
  };
}
