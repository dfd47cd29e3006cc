// What narrative-table-mismatch shares across its families of checks: a count
// the prose states ("予以公开40件"), the values the tables allow for it, and
// the guards that keep a count that may be a part, a plan or an estimate
// silent. A family lists its claims as data (claim-*.ts) and hands them to
// checkClaims.

import type { Msg, Range } from '../../types';
import type { Cell, Report, Table } from '../../model/report';
import type { RuleContext } from '../rule';
import { cellAtIds, rowById } from '../../model/tableMath';
import { proseMatches, type ProseMatch } from './prose';
import { toHalfWidth } from '../../text/normalize';

/** A number as prose writes it (group `n` of every claim pattern). */
export const NUM = '(?<![0-9０-９.．])(?<n>[0-9０-９]+(?:[.．][0-9０-９]+)?)';
/** Counting units of requests, documents and cases. */
export const UNIT = '\\s*(?:件|条|个|宗|份|项)(?![余多])';

/** A cell read with confidence that holds a number. */
export type SureCell = Cell & { value: number };

/** A cell read with confidence holding a number; undefined otherwise. */
export function sureCell(table: Table | undefined, rowId: string, colId: string): SureCell | undefined {
  if (!table) return undefined;
  const c = cellAtIds(table, rowId, colId);
  return c && c.kind === 'number' && c.value !== null && c.placement !== 'guessed' ? (c as SureCell) : undefined;
}

/** A value the tables allow, where it was read (for the message and related information). */
export interface Allowed {
  value: number;
  /** What the table calls it, e.g. 表三“（一）予以公开”总计. */
  where: Msg;
  range: Range;
}

export function fromCell(c: SureCell | undefined, where: Msg): Allowed | null {
  return c ? { value: c.value, where, range: c.range } : null;
}

/** The sum of cells, all read with confidence (null when one is not). */
export function sumOf(cells: (SureCell | undefined)[], where: Msg, range?: Range): Allowed | null {
  let v = 0;
  for (const c of cells) {
    if (!c) return null;
    v += c.value;
  }
  const first = cells[0];
  if (!first) return null;
  return { value: Math.round(v * 1e6) / 1e6, where, range: range ?? first.range };
}

/** A row's cell in `col`, or (a group label) the sum of its numbered rows. */
export function rowOrGroup(table: Table, rowId: string, children: readonly string[], col: string, where: Msg): Allowed | null {
  const own = sureCell(table, rowId, col);
  if (own) return fromCell(own, where);
  const present = children.filter((id) => rowById(table, id));
  if (present.length === 0 || present.length !== children.length) return null;
  return sumOf(
    present.map((id) => sureCell(table, id, col)),
    where,
    table.groups.get(rowId),
  );
}

export interface Claim {
  /** Global; group `n` is the number. */
  re: RegExp;
  /** Words every match holds (see proseMatches). */
  words: readonly string[];
  /** What the prose counts, for the message: 予以公开. */
  subject: Msg;
  unit: Msg;
  /** The values the tables allow; the first is named in the message. Empty or null: say nothing. */
  allowed(ctx: ClaimContext): (Allowed | null)[] | null;
  /** The count may be a part that another count of the sentence completes (document counts are). */
  mayBePart?: boolean;
  /** Whether the sentence is about what the table counts (the guards of the family). */
  about?(s: Sentence): boolean;
}

export interface ClaimContext {
  report: Report;
}

/** The sentence around a match and where in it the match sits (parser text). */
export interface Sentence {
  text: string;
  /** Offsets of the match in `text`. */
  from: number;
  to: number;
  /** Canonical section the match is in. */
  section: number | null;
}

const SENTENCE_END = /[。！？!?\n]/;

export function sentenceOf(report: Report, pm: ProseMatch): Sentence {
  const text = report.src.text;
  const start = pm.textEnd - pm.m[0].length;
  let a = start;
  while (a > 0 && start - a < 400 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = pm.textEnd;
  while (b < text.length && b - pm.textEnd < 400 && !SENTENCE_END.test(text[b])) b++;
  const sec = report.sections.find((s) => pm.at >= s.range.start && pm.at < s.range.end);
  return { text: text.slice(a, b), from: start - a, to: pm.textEnd - a, section: sec?.id ?? null };
}

/** Words before a verb that make a count a plan, an estimate or a part, not this year's figure. */
const HEDGE = /(?:拟|将|计划|预计|准备|建议|提请|约|近|超过|逾|大约|左右)$/;
const NUMBER_IN = new RegExp(`${NUM}${UNIT}`, 'g');

/**
 * Whether n may be a part of a value: another count of the sentence added to
 * it makes the value ("集中发布现行有效文件393件，动态更新本年度制发的77件"
 * against 470 = 393 + 77).
 */
function partOf(s: Sentence, n: number, values: number[]): boolean {
  NUMBER_IN.lastIndex = 0;
  for (let m = NUMBER_IN.exec(s.text); m; m = NUMBER_IN.exec(s.text)) {
    if (m.index >= s.from && m.index < s.to) continue;
    const other = Number(toHalfWidth(m.groups!.n).replace('．', '.'));
    if (values.some((v) => Math.abs(n + other - v) < 1e-6)) return true;
  }
  return false;
}

export function checkClaims(ctx: RuleContext, claims: readonly Claim[]): void {
  const seen = new Set<number>();
  for (const claim of claims) {
    let allowed: Allowed[] | undefined;
    for (const pm of proseMatches(ctx.report, claim.re, claim.words)) {
      if (allowed === undefined) {
        const got = claim.allowed({ report: ctx.report });
        // One value the tables do not give with confidence: the claim is not compared at all.
        allowed = got && got.length > 0 && got.every((a) => a !== null) ? (got as Allowed[]) : [];
      }
      if (allowed.length === 0) break;
      const s = sentenceOf(ctx.report, pm);
      // Where the number sits, in parser text and in the sentence (patterns are compiled with the d flag).
      const nAt = pm.m.indices!.groups!.n[0] - pm.m.index;
      const nStart = pm.textEnd - pm.m[0].length + nAt;
      if (seen.has(nStart)) continue;
      if (claim.about && !claim.about(s)) continue;
      if (HEDGE.test(s.text.slice(Math.max(0, s.from - 4), s.from)) || HEDGE.test(s.text.slice(0, s.from + nAt))) continue;
      const n = Number(toHalfWidth(pm.m.groups!.n).replace('．', '.'));
      const values = allowed.map((a) => a.value);
      if (values.some((v) => Math.abs(v - n) < 1e-6) || (claim.mayBePart && partOf(s, n, values))) continue;
      seen.add(nStart);
      const first = allowed[0];
      ctx.add({
        range: { start: pm.at, end: pm.end },
        message: {
          zh: `正文称${claim.subject.zh} ${n} ${claim.unit.zh}，${first.where.zh}为 ${first.value}`,
          en: `The text says ${claim.subject.en}: ${n}; ${first.where.en} is ${first.value}`,
        },
        related: allowed.map((a) => ({ range: a.range, message: a.where })),
      });
    }
  }
}

/** A claim pattern from its parts: global, with match indices (where group `n` sits). */
export const rx = (...parts: string[]) => new RegExp(parts.join(''), 'gd');
