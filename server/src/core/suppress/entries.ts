// Entries of the suppressions file (gov-report-lint-suppressions.json). An
// entry names a finding by what it covers, not by where: its rule, the draft,
// the anchor text (what the finding covers) and which occurrence of that text
// among the findings of that rule in the draft it is. Lines inserted above it
// or paragraphs edited elsewhere leave it matching; editing the anchored text
// itself ends the match, and the entry is then reported as unused.

import type { Finding } from '../types';
import { LineIndex } from '../text/lines';

/** The name of the suppressions file; it lives in the folder of the drafts it names. */
export const SUPPRESSIONS_FILE_NAME = 'gov-report-lint-suppressions.json';

export interface SuppressionEntry {
  rule: string;
  /** The draft, relative to the suppressions file's folder, with forward slashes. */
  file: string;
  /** anchorOf(finding, text). */
  anchor: string;
  /** 1-based: the n-th finding of this rule with this anchor, in document order. */
  occurrence: number;
  /** 1-based line of the finding when the entry was written; informational only, never matched. */
  line?: number;
}

/** Anchors longer than this are cut (a finding over a whole long line would bloat the file). */
export const MAX_ANCHOR = 200;

/**
 * The text that identifies a finding: the first line of what it covers, or the
 * whole line it is on when it covers nothing (an insertion point), at most
 * MAX_ANCHOR code units (never splitting a surrogate pair). No line breaks, so
 * an entry reads the same whatever the draft's line endings.
 */
export function anchorOf(finding: Pick<Finding, 'range'>, text: string): string {
  const start = Math.max(0, Math.min(finding.range.start, text.length));
  const end = Math.max(start, Math.min(finding.range.end, text.length));
  let first = text.slice(start, Math.min(end, lineEndFrom(text, start)));
  if (first.trim() === '') first = text.slice(lineStartFrom(text, start), lineEndFrom(text, start));
  return cut(first);
}

function cut(s: string): string {
  if (s.length <= MAX_ANCHOR) return s;
  const c = s.charCodeAt(MAX_ANCHOR - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_ANCHOR - 1 : MAX_ANCHOR);
}

function lineEndFrom(text: string, offset: number): number {
  let e = offset;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

function lineStartFrom(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  return s;
}

/** Key of a finding's (rule, anchor) group. */
export function groupKey(rule: string, anchor: string): string {
  return `${rule}\u0000${anchor}`;
}

/**
 * The occurrence number of each finding of `all` (same order): its 1-based
 * rank among the findings of `all` with the same rule and anchor. `all` must be
 * in document order (as the linter and applySuppressions give it).
 */
export function occurrences(all: readonly Finding[], text: string): { anchor: string; occurrence: number }[] {
  const seen = new Map<string, number>();
  return all.map((f) => {
    const anchor = anchorOf(f, text);
    const key = groupKey(f.rule, anchor);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { anchor, occurrence: n };
  });
}

/**
 * The entries that suppress `targets`, each one of `all` (by identity): what
 * --suppress-all writes. `all` is every finding occurrences are counted among —
 * SuppressionResult.all, or the linter's findings when nothing was suppressed.
 */
export function suppressionEntriesFor(targets: readonly Finding[], all: readonly Finding[], text: string, file: string): SuppressionEntry[] {
  const wanted = new Set(targets);
  const occ = occurrences(all, text);
  const lines = new LineIndex(text);
  const out: SuppressionEntry[] = [];
  all.forEach((f, i) => {
    if (!wanted.has(f)) return;
    out.push({ rule: f.rule, file, anchor: occ[i].anchor, occurrence: occ[i].occurrence, line: lines.lineAt(f.range.start) + 1 });
  });
  return out;
}

/**
 * The entry that suppresses one finding (what the editor's "Suppress this
 * finding" writes). `all`: as for suppressionEntriesFor; `finding` must be one of them.
 */
export function suppressionEntryFor(finding: Finding, all: readonly Finding[], text: string, file: string): SuppressionEntry {
  let within = all;
  if (!all.includes(finding)) {
    // Not one of them (a copy): counted where it lies in document order.
    const at = all.findIndex((f) => f.range.start > finding.range.start);
    within = at < 0 ? [...all, finding] : [...all.slice(0, at), finding, ...all.slice(at)];
  }
  return suppressionEntriesFor([finding], within, text, file)[0];
}

/** Whether two entries name the same finding (the informational line aside). */
export function sameEntry(a: SuppressionEntry, b: SuppressionEntry): boolean {
  return a.rule === b.rule && a.file === b.file && a.anchor === b.anchor && a.occurrence === b.occurrence;
}
