// Fix-all's safety net: a safe fix must leave the report no worse. Before a
// pass, fixes that would glue a written digit onto a number are held back;
// after it, the result is linted again and every fix that brought an error
// the report did not have is rolled back (found by bisection, so a pass of
// hundreds of fixes costs a few extra lints only when something went wrong)
// and never tried again. The lint after a good pass is the next pass's lint.

import type { Finding, Fix, Range, TextEdit } from '../types';
import type { Linter, LintedDocument } from '../lint';
import { applyEdits } from './edits';
import { gluesDigits } from '../text/digitGlue';

/** A fix rolled back once, in the coordinates of the current text. */
interface Ban {
  key: string;
  ranges: Range[];
}

export class FixGuard {
  private last: { text: string; doc: LintedDocument } | null = null;
  private bans: Ban[] = [];
  /** Fixes rolled back so far. */
  rolledBack = 0;

  constructor(private readonly linter: Linter) {}

  /** The linted document (the last one is kept: a pass's result is the next pass's input). */
  lint(text: string): LintedDocument {
    if (this.last?.text !== text) this.last = { text, doc: this.linter.lint(text) };
    return this.last.doc;
  }

  /** The safe fixes fix-all may try on `text`: not rolled back before, writing no digit against another. */
  admit(text: string, findings: readonly Finding[]): Fix[] {
    const html = this.lint(text).source.isHtml;
    const out: Fix[] = [];
    for (const f of findings) {
      for (const fix of f.fixes) {
        if (!fix.safe || this.banned(fix)) continue;
        if (fix.edits.some((e) => gluesDigits(text, e, html))) continue;
        out.push(fix);
      }
    }
    return out;
  }

  /**
   * Applies `edits` (chosen from `fixes`) to `text`, minus the fixes that
   * leave an error-severity finding the text did not have. Returns the new
   * text and the edits kept.
   */
  apply(text: string, fixes: readonly Fix[], edits: TextEdit[]): { text: string; edits: TextEdit[] } {
    // Edits are matched by value: the selection may hand back copies.
    const chosen = new Set(edits.map(editKey));
    const taken = fixes.filter((f) => f.edits.length > 0 && f.edits.every((e) => chosen.has(editKey(e))));
    const base = errorsOf(this.lint(text));
    const next = applyEdits(text, edits);
    if (!this.worse(base, edits, next)) return this.commit(next, edits);
    const kept = this.reduce(text, base, [], taken, true);
    const keptSet = new Set(kept);
    for (const f of taken) {
      if (keptSet.has(f)) continue;
      this.bans.push({ key: keyOf(f), ranges: f.edits.map((e) => ({ start: e.start, end: e.end })) });
      this.rolledBack++;
    }
    const keep = new Set(kept.flatMap((f) => f.edits.map(editKey)));
    const keptEdits = edits.filter((e) => keep.has(editKey(e)));
    return this.commit(applyEdits(text, keptEdits), keptEdits);
  }

  private commit(next: string, edits: TextEdit[]): { text: string; edits: TextEdit[] } {
    // Bans follow the text: their ranges move with the edits; one an edit touched is gone.
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    this.bans = this.bans.flatMap((b) => {
      const ranges = b.ranges.map((r) => mapRange(sorted, r));
      return ranges.some((r) => r === null) ? [] : [{ key: b.key, ranges: ranges as Range[] }];
    });
    return { text: next, edits };
  }

  private banned(fix: Fix): boolean {
    if (this.bans.length === 0) return false;
    const key = keyOf(fix);
    return this.bans.some((b) => b.key === key && b.ranges.every((r, i) => fix.edits[i].start === r.start && fix.edits[i].end === r.end));
  }

  /** The fixes of `cand` that, applied with `fixed`, leave no new error (bisection). */
  private reduce(text: string, base: Finding[], fixed: Fix[], cand: Fix[], knownBad = false): Fix[] {
    if (cand.length === 0) return [];
    if (!knownBad) {
      const edits = [...fixed, ...cand].flatMap((f) => f.edits);
      if (!this.worse(base, edits, applyEdits(text, edits))) return cand;
    }
    if (cand.length === 1) return [];
    const half = cand.length >> 1;
    const a = this.reduce(text, base, fixed, cand.slice(0, half));
    const b = this.reduce(text, base, [...fixed, ...a], cand.slice(half));
    return [...a, ...b];
  }

  /** The edited text has an error-severity finding the original did not have. */
  private worse(base: Finding[], edits: TextEdit[], next: string): boolean {
    const after = errorsOf(this.lint(next));
    return (
      newErrors(
        base,
        after,
        [...edits].sort((a, b) => a.start - b.start),
      ).length > 0
    );
  }
}

function errorsOf(doc: LintedDocument): Finding[] {
  return doc.findings.filter((f) => f.severity === 'error');
}

function editKey(e: TextEdit): string {
  return `${e.start}:${e.end}:${e.text}`;
}

function keyOf(fix: Fix): string {
  return `${fix.title.zh}\u0000${fix.edits.map((e) => e.text).join('\u0001')}`;
}

/**
 * Errors after the edits that were not there before. An error is the same
 * one when its rule and message are (as many times as before), or when an
 * unmatched error of the same rule sat where it sits now (its range mapped
 * through the edits): a fix may change the words an error quotes.
 */
export function newErrors(before: readonly Finding[], after: readonly Finding[], sortedEdits: readonly TextEdit[]): Finding[] {
  const pool = new Map<string, number>();
  for (const f of before) pool.set(sameKey(f), (pool.get(sameKey(f)) ?? 0) + 1);
  const left: Finding[] = [];
  const matched = new Set<Finding>();
  for (const f of after) {
    const n = pool.get(sameKey(f)) ?? 0;
    if (n > 0) pool.set(sameKey(f), n - 1);
    else left.push(f);
  }
  if (left.length === 0) return [];
  // Before-errors not used by an exact match, at their new places.
  const spare: { f: Finding; range: Range }[] = [];
  const used = new Map(pool);
  for (const f of before) {
    const k = sameKey(f);
    const n = used.get(k) ?? 0;
    if (n <= 0) continue;
    used.set(k, n - 1);
    const r = mapRange(sortedEdits, f.range, true);
    if (r) spare.push({ f, range: r });
  }
  return left.filter((f) => {
    const hit = spare.find((s) => !matched.has(s.f) && s.f.rule === f.rule && s.range.start <= f.range.end && f.range.start <= s.range.end);
    if (!hit) return true;
    matched.add(hit.f);
    return false;
  });
}

function sameKey(f: Finding): string {
  return `${f.rule}\u0000${f.message.zh}`;
}

/** Where an offset lies after the edits; inside a replaced stretch it goes to that stretch's start (bias -1) or end (+1). */
function mapOffset(sorted: readonly TextEdit[], o: number, bias: -1 | 1): number {
  let delta = 0;
  for (const e of sorted) {
    const d = e.text.length - (e.end - e.start);
    if (e.start === e.end && e.start === o) {
      if (bias > 0) delta += d;
      continue;
    }
    if (e.end <= o) {
      delta += d;
      continue;
    }
    if (e.start >= o) break;
    return e.start + delta + (bias > 0 ? e.text.length : 0);
  }
  return o + delta;
}

/** Where a range lies after the edits; null when an edit changed it (unless `loose`: then it stretches). */
function mapRange(sorted: readonly TextEdit[], r: Range, loose = false): Range | null {
  if (!loose && sorted.some((e) => e.start < r.end && r.start < e.end)) return null;
  const start = mapOffset(sorted, r.start, -1);
  return { start, end: Math.max(start, mapOffset(sorted, r.end, 1)) };
}
