// Fix-all's safety net: a safe fix must leave the report no worse. Before a
// pass, fixes that would glue a written digit onto a number are held back;
// after it, the result is linted again and every fix that brought an error
// the report did not have is rolled back (found by bisection, so a pass of
// hundreds of fixes costs a few extra lints only when something went wrong)
// and never tried again. The lint after a good pass is the next pass's lint.

import type { Finding, Fix, Range, TextEdit } from '../types';
import type { Linter, LintedDocument, ReportFindings } from '../lint';
import { applyEdits } from './edits';
import { gluesDigits } from '../text/digitGlue';

/** A fix rolled back once, in the coordinates of the current text. */
interface Ban {
  key: string;
  ranges: Range[];
}

export class FixGuard {
  private last: { text: string; doc: LintedDocument } | null = null;
  /** Lints single reports while searching for a bad fix, so the document's cache stays intact. */
  private partLinter: Linter | null = null;
  private bans: Ban[] = [];
  /** The culprit search's answer per report text and fixes (indexes of the fixes kept). */
  private readonly verdicts = new Map<string, Set<number>>();
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
    const chosen = new EditSet(edits);
    const taken = fixes.filter((f) => f.edits.length > 0 && f.edits.every((e) => chosen.has(e)));
    const before = this.lint(text);
    const next = applyEdits(text, edits);
    const after = this.lint(next);
    const bad = worseParts(before, after, edits);
    if (bad === null) {
      // The split changed: judge the document as a whole.
      const base = errorsOf(before);
      if (!this.worse(base, edits, next)) return this.commit(next, edits);
      return this.keep(
        text,
        edits,
        taken,
        this.reduce(text, base, [], taken, (t) => this.lint(t), true),
      );
    }
    if (bad.length === 0) return this.commit(next, edits);
    // Reports are linted on their own text, so a fix can only make its own report worse: the
    // search for the culprits runs inside each worse report, on that report's text alone.
    const rejected = new Set<Fix>();
    const partLinter = (this.partLinter ??= this.linter.fork());
    const byPart = fixesByRange(
      taken,
      bad.map((p) => p.range),
    );
    for (const [i, p] of bad.entries()) {
      const own = byPart[i];
      const local = own.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start - p.range.start, end: e.end - p.range.start })) }));
      const base = (p.result?.findings ?? []).filter((f) => f.severity === 'error');
      // Merged drafts repeat reports: the same report with the same fixes has the same culprits.
      const key = `${p.text}\u0000${local.map(fixSignature).join('\u0001')}`;
      let keptIndexes = this.verdicts.get(key);
      if (!keptIndexes) {
        const kept = new Set(this.culprits(p.text, base, local, p.errors, (t) => partLinter.lint(t)));
        keptIndexes = new Set(local.flatMap((f, i) => (kept.has(f) ? [i] : [])));
        this.verdicts.set(key, keptIndexes);
      }
      own.forEach((f, i) => keptIndexes.has(i) || rejected.add(f));
    }
    return this.keep(
      text,
      edits,
      taken,
      taken.filter((f) => !rejected.has(f)),
    );
  }

  /** Applies only the `kept` fixes of `taken`; the others are banned from later passes. */
  private keep(text: string, edits: TextEdit[], taken: readonly Fix[], kept: readonly Fix[]): { text: string; edits: TextEdit[] } {
    const keptSet = new Set(kept);
    for (const f of taken) {
      if (keptSet.has(f)) continue;
      this.bans.push({ key: keyOf(f), ranges: f.edits.map((e) => ({ start: e.start, end: e.end })) });
      this.rolledBack++;
    }
    const dropped = new EditSet(taken.filter((f) => !keptSet.has(f)).flatMap((f) => f.edits));
    const keptEdits = edits.filter((e) => !dropped.has(e));
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

  /**
   * The fixes of a report to keep. The fixes that wrote into a new error's
   * cells (its range or related ranges) are the suspects: when the others
   * alone leave no new error, only the suspects are searched (a few lints per
   * bad report instead of a bisection over all its fixes).
   */
  private culprits(text: string, base: Finding[], fixes: Fix[], errors: readonly Finding[], lint: (t: string) => LintedDocument): Fix[] {
    const spots = errors.flatMap((f) => [f.range, ...(f.related ?? []).map((r) => r.range)]);
    const sorted = fixes.flatMap((f) => f.edits).sort((a, b) => a.start - b.start);
    const after = (e: TextEdit): Range => {
      const start = mapOffset(sorted, e.start, -1);
      return { start, end: start + e.text.length };
    };
    const hit = (f: Fix) => f.edits.some((e) => spots.some((r) => overlapsOrTouches(after(e), r)));
    const suspects = fixes.filter(hit);
    if (suspects.length > 0 && suspects.length < fixes.length) {
      const others = fixes.filter((f) => !hit(f));
      const edits = others.flatMap((f) => f.edits);
      if (!this.worse(base, edits, applyEdits(text, edits), lint)) return [...others, ...this.reduce(text, base, others, suspects, lint, true)];
    }
    return this.reduce(text, base, [], fixes, lint, true);
  }

  /** The fixes of `cand` that, applied with `fixed`, leave no new error (bisection). */
  private reduce(text: string, base: Finding[], fixed: Fix[], cand: Fix[], lint: (t: string) => LintedDocument, knownBad = false): Fix[] {
    if (cand.length === 0) return [];
    if (!knownBad) {
      const edits = [...fixed, ...cand].flatMap((f) => f.edits);
      if (!this.worse(base, edits, applyEdits(text, edits), lint)) return cand;
    }
    if (cand.length === 1) return [];
    const half = cand.length >> 1;
    const a = this.reduce(text, base, fixed, cand.slice(0, half), lint);
    const b = this.reduce(text, base, [...fixed, ...a], cand.slice(half), lint);
    return [...a, ...b];
  }

  /** The edited text has an error-severity finding the original did not have. */
  private worse(base: Finding[], edits: TextEdit[], next: string, lint: (t: string) => LintedDocument = (t) => this.lint(t)): boolean {
    const after = errorsOf(lint(next));
    return (
      newErrors(
        base,
        after,
        [...edits].sort((a, b) => a.start - b.start),
      ).length > 0
    );
  }
}

/** A report a pass made worse: where it is, its text and findings before, and the new errors (its own offsets, after the edits). */
interface WorsePart {
  range: Range;
  text: string;
  result: ReportFindings | null;
  errors: Finding[];
}

/**
 * The reports (of `before`) that the edits left with an error they did not
 * have, each with its range and text; null when the edits changed how the
 * document splits into reports.
 */
function worseParts(before: LintedDocument, after: LintedDocument, edits: readonly TextEdit[]): WorsePart[] | null {
  if (before.parts.length !== after.parts.length) return null;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: WorsePart[] = [];
  let k = 0;
  for (let i = 0; i < before.parts.length; i++) {
    const p = before.parts[i];
    const q = after.parts[i];
    // The edits inside this report, in its own offsets.
    while (k < sorted.length && sorted[k].end <= p.range.start && sorted[k].start < p.range.start) k++;
    const own: TextEdit[] = [];
    for (let j = k; j < sorted.length && sorted[j].start < p.range.end; j++) {
      own.push({ ...sorted[j], start: sorted[j].start - p.range.start, end: sorted[j].end - p.range.start });
    }
    if (own.length === 0 || p.text === q.text) continue;
    const base = (p.result?.findings ?? []).filter((f) => f.severity === 'error');
    const now = (q.result?.findings ?? []).filter((f) => f.severity === 'error');
    const errors = newErrors(base, now, own);
    if (errors.length > 0) out.push({ range: p.range, text: p.text, result: p.result, errors });
  }
  return out;
}

/**
 * For each of the sorted, disjoint `ranges`, the fixes whose edits all lie
 * inside it. One sort and a sweep: a pass over merged drafts has a hundred
 * thousand fixes and can make thousands of reports worse.
 */
function fixesByRange(fixes: readonly Fix[], ranges: readonly Range[]): Fix[][] {
  const out: Fix[][] = ranges.map(() => []);
  const spans = fixes
    .map((f) => ({ f, start: Math.min(...f.edits.map((e) => e.start)), end: Math.max(...f.edits.map((e) => e.end)) }))
    .sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of spans) {
    while (k < ranges.length && ranges[k].end < s.start) k++;
    if (k === ranges.length) break;
    if (s.start >= ranges[k].start && s.end <= ranges[k].end) out[k].push(s.f);
  }
  return out;
}

function errorsOf(doc: LintedDocument): Finding[] {
  return doc.findings.filter((f) => f.severity === 'error');
}

/**
 * Edits matched by value (the selection may hand back copies), looked up by
 * position: a pass over merged drafts has a hundred thousand edits, and
 * string keys for each cost more than the lint they guard.
 */
class EditSet {
  private readonly same: Set<TextEdit>;
  private readonly byStart = new Map<number, TextEdit[]>();
  constructor(edits: readonly TextEdit[]) {
    this.same = new Set(edits);
    for (const e of edits) {
      const at = this.byStart.get(e.start);
      if (at) at.push(e);
      else this.byStart.set(e.start, [e]);
    }
  }
  has(e: TextEdit): boolean {
    return this.same.has(e) || (this.byStart.get(e.start)?.some((x) => x.end === e.end && x.text === e.text) ?? false);
  }
}

function fixSignature(f: Fix): string {
  return f.edits.map((e) => `${e.start}:${e.end}:${e.text}`).join(',');
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

/** Per sorted edit list: the sum of the length changes of the edits before each index. */
const prefixes = new WeakMap<readonly TextEdit[], number[]>();

function prefixOf(sorted: readonly TextEdit[]): number[] {
  let p = prefixes.get(sorted);
  if (!p) {
    p = [0];
    for (const e of sorted) p.push(p[p.length - 1] + e.text.length - (e.end - e.start));
    prefixes.set(sorted, p);
  }
  return p;
}

/**
 * Where an offset lies after the (sorted, disjoint) edits; inside a replaced
 * stretch it goes to that stretch's start (bias -1) or end (+1); an insertion
 * at the offset itself counts only with bias +1. Binary search: fix-all maps
 * ranges through tens of thousands of edits.
 */
function mapOffset(sorted: readonly TextEdit[], o: number, bias: -1 | 1): number {
  const prefix = prefixOf(sorted);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < o) lo = mid + 1;
    else hi = mid;
  }
  // Every edit before `lo` starts before o; only the last of them can reach past it.
  const prev = sorted[lo - 1];
  if (prev && prev.end > o) return prev.start + prefix[lo - 1] + (bias > 0 ? prev.text.length : 0);
  let delta = prefix[lo];
  for (let k = lo; k < sorted.length && sorted[k].start === o && sorted[k].end === o; k++) {
    if (bias > 0) delta += sorted[k].text.length;
  }
  return o + delta;
}

/** Where a range lies after the edits; null when an edit changed it (unless `loose`: then it stretches). */
function mapRange(sorted: readonly TextEdit[], r: Range, loose = false): Range | null {
  if (!loose && touches(sorted, r)) return null;
  const start = mapOffset(sorted, r.start, -1);
  return { start, end: Math.max(start, mapOffset(sorted, r.end, 1)) };
}

/** Some edit overlaps r (binary search over the sorted, disjoint edits). */
function touches(sorted: readonly TextEdit[], r: Range): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].start < r.end; k++) if (sorted[k].start < r.end && r.start < sorted[k].end) return true;
  return false;
}

function overlapsOrTouches(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}
