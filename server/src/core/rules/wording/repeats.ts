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

/**
 * Every square of t[from, to) whose unit is 2 to MAX_UNIT characters long,
 * primitive, and starts with a word character: one per maximal periodic run,
 * at its first rotation that starts (and, when one does, also ends) a word.
 */
export function findRepeats(t: string, from: number, to: number): Repeat[] {
  const out: Repeat[] = [];
  for (let L = 2; L <= MAX_UNIT; L++) {
    let run = 0;
    const last = to - L;
    for (let j = from; j <= last; j++) {
      const c = j < last ? t.charCodeAt(j) : -1;
      if (c !== -1 && c === t.charCodeAt(j + L) && !isBreakCode(c)) {
        run++;
        continue;
      }
      if (run >= L) {
        const r = pick(t, j - run, run, L);
        if (r) out.push(r);
      }
      run = 0;
    }
  }
  return out.sort((a, b) => a.start - b.start || a.unit - b.unit);
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
