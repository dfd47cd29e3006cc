// Back-to-back repeats ("squares" uu) in a line of text, in linear time.
//
// For each unit length L the scan keeps the length of the current run of
// positions j with t[j] = t[j + L]; a run of at least L such positions is a
// square of period L. That is O(n · MAX_UNIT) with no backtracking, whatever
// the input (a regex like /(.{2,})\1/ retries every start and every length).

import { isCjkIdeographCode, isInlineSpaceCode } from '../../text/chars';

/** Longest repeated unit looked for: a clause pasted twice ("聚焦新中国成立 70 周年平潭专场新闻发布会" is 24). */
export const MAX_UNIT = 40;

export interface Repeat {
  /** Start of the first copy. */
  start: number;
  /** Unit length. */
  unit: number;
  /** Copies back to back (2 or more). */
  copies: number;
}

function isBreakCode(c: number): boolean {
  // Line breaks end a paragraph; | and tab separate table cells: a repeat never spans them.
  return c === 10 || c === 13 || c === 0x7c || c === 0xff5c || c === 9 || c === 0x2028 || c === 0x2029;
}

function isHan(c: number): boolean {
  return isCjkIdeographCode(c) && c < 0xd800;
}

/** A unit may start with a character of a word: not a space or a punctuation mark. */
function isWordStart(c: number): boolean {
  return isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x300a /* 《 */ || c === 0x201c; /* “ */
}

/** True when u (of length L) is itself a repeat of a shorter unit (研究研究 of 研究): the shorter one is reported. */
function isPower(t: string, s: number, L: number): boolean {
  for (let d = 1; d <= L >> 1; d++) {
    if (L % d !== 0) continue;
    let ok = true;
    for (let i = s + d; i < s + L && ok; i++) ok = t.charCodeAt(i) === t.charCodeAt(i - d);
    if (ok) return true;
  }
  return false;
}

/** Chinese characters in t[s, e). */
export function hanCount(t: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (isHan(t.charCodeAt(i))) n++;
  return n;
}

/** Per character code, its last position in the scan (-1 when none); reset after each scan. */
const lastAt = new Int32Array(0x10000).fill(-1);

/**
 * Every square of t[from, to) whose unit is 2 to MAX_UNIT characters long,
 * primitive, and starts with a word character: one per maximal periodic run,
 * at its first rotation that starts (and, when one does, also ends) a word.
 *
 * A run of period L is a stretch of positions j with t[j] = t[j + L]. Rather
 * than compare every position with the one L further for each of the 39
 * periods, each position is paired only with the earlier occurrences of its
 * own character at most MAX_UNIT back (a handful in prose): the pairs of one
 * period arrive in order of j, so its runs are extended or closed as they come.
 */
export function findRepeats(t: string, from: number, to: number): Repeat[] {
  const out: Repeat[] = [];
  for (const r of periodicRuns(t, from, to)) {
    const rep = pick(t, r.start, r.length, r.unit);
    if (rep) out.push(rep);
  }
  return out.sort((a, b) => a.start - b.start || a.unit - b.unit);
}

/** A maximal stretch t[start, start + length) of positions j with t[j] = t[j + unit], at least `unit` long. */
export interface PeriodicRun {
  start: number;
  length: number;
  unit: number;
}

/** Every periodic run of t[from, to) with a period of 2 to MAX_UNIT (see findRepeats). */
export function periodicRuns(t: string, from: number, to: number): PeriodicRun[] {
  const out: PeriodicRun[] = [];
  const n = Math.max(0, to - from);
  const prevSame = new Int32Array(n);
  const runStart = new Int32Array(MAX_UNIT + 1).fill(-2);
  const runEnd = new Int32Array(MAX_UNIT + 1).fill(-2);
  const close = (L: number) => {
    const len = runEnd[L] - runStart[L] + 1;
    if (runStart[L] >= 0 && len >= L) out.push({ start: runStart[L], length: len, unit: L });
  };
  try {
    for (let k = from; k < to; k++) {
      const c = t.charCodeAt(k);
      if (isBreakCode(c)) {
        prevSame[k - from] = -1;
        continue;
      }
      const p = lastAt[c];
      prevSame[k - from] = p;
      lastAt[c] = k;
      for (let i = p; i >= from && k - i <= MAX_UNIT; i = prevSame[i - from]) {
        const L = k - i;
        if (L < 2) continue;
        if (runEnd[L] === i - 1) runEnd[L] = i;
        else {
          close(L);
          runStart[L] = i;
          runEnd[L] = i;
        }
      }
    }
    for (let L = 2; L <= MAX_UNIT; L++) close(L);
  } finally {
    for (let k = from; k < to; k++) lastAt[t.charCodeAt(k)] = -1;
  }
  return out;
}

/** The run covers t[p, p + R + L): choose where its first copy starts. */
function pick(t: string, p: number, R: number, L: number): Repeat | null {
  const end = p + R + L;
  let first = -1;
  for (let s = p; s <= p + R - L; s++) {
    if (!isWordStart(t.charCodeAt(s))) continue;
    if (first === -1) first = s;
    if (!isInlineSpaceCode(t.charCodeAt(s + L - 1))) {
      first = s;
      break;
    }
  }
  if (first === -1 || isPower(t, first, L)) return null;
  return { start: first, unit: L, copies: Math.floor((end - first) / L) };
}
