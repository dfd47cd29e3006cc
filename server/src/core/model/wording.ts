// Where a section title ends, read by its wording. A page that lost its line
// breaks runs the title straight into the body ("一、总体情况2019年，在省…"),
// and a draft may carry a typo in a heading that is plainly there
// ("政府信息公开行政法复议、行政诉讼情况"). Both are settled the same way: the
// title is the prefix of the text that is, or is within a small edit distance
// of, one of the section's known wordings; what follows it is body text. So a
// variant's fix replaces the heading's own characters and nothing after them.

import type { SectionId } from './report';
import { labelKey } from '../text/normalize';
import { isRegexSpaceCode } from '../text/chars';
import { SECTIONS } from '../template/sections';

export interface Wording {
  id: SectionId;
  /** The wording's matching key (labelKey). */
  key: string;
  /** The key's UTF-16 code units: compared as numbers, since indexing a CJK string allocates. */
  codes: Int32Array;
  /** The template's own title (not a variant, not qualified). */
  canonical: boolean;
}

/** Qualifiers written before a section's wording ("政府信息公开工作总体情况"). */
const QUALIFIERS = ['政府信息公开工作', '政府信息公开', '政务公开工作', '政务公开'];

/** Every known wording: canonical titles, their variants, and both with a qualifier in front. */
export const WORDINGS: Wording[] = (() => {
  const out: Wording[] = [];
  const seen = new Set<string>();
  const add = (id: SectionId, key: string, canonical: boolean) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ id, key, codes: Int32Array.from(key, (_, i) => key.charCodeAt(i)), canonical });
  };
  for (const d of SECTIONS) {
    const own = [d.title.zh, ...d.variants].map((w) => labelKey(w));
    own.forEach((k, i) => add(d.id, k, i === 0));
    for (const q of QUALIFIERS) for (const k of own) if (!k.includes('政府信息公开')) add(d.id, q + k, false);
  }
  return out;
})();

/** Edits a wording of this many key characters may differ by: a typo or two in a long title, none in a short one. */
function allowance(len: number): number {
  return Math.floor(len / 8);
}

const LONGEST = Math.max(...WORDINGS.map((w) => w.key.length));
const MAX_SPAN = LONGEST + allowance(LONGEST);
/** Characters a match can open with (mayMatch's w side), and how far into the text they may stand. */
const OPENING = new Set(WORDINGS.flatMap((w) => Array.from(w.codes.subarray(0, allowance(w.key.length) + 1))));
const HEAD = 2 * allowance(LONGEST) + 1;
// Scratch space reused by every candidate: the text's key codes, the raw offset after each, and the
// two rows of the distance table.
const KEYS = new Int32Array(MAX_SPAN);
const ENDS = new Int32Array(MAX_SPAN);
const ROW_A = new Int32Array(MAX_SPAN + 1);
/** Which code units occur among KEYS (set and cleared around each candidate). */
const PRESENT = new Uint8Array(0x10000);
const ROW_B = new Int32Array(MAX_SPAN + 1);
const TA = 0x5b83; // 它
const QI = 0x5176; // 其
const TA_OTHER = 0x4ed6; // 他

/** Fills KEYS/ENDS with the key characters of text[from, end), at most `max`; returns how many. */
function keyChars(text: string, from: number, end: number, max: number): number {
  let n = 0;
  // Raw characters are few (a title's worth): bounded by the key budget plus dropped spaces.
  for (let i = from; i < end && n < max && i - from < max * 4; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpaceCode(c) || c === 0x7c) continue;
    // A surrogate pair is one character (its high half stands for it: no wording has one), so a
    // title never ends between its halves.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      KEYS[n] = c;
      ENDS[n++] = ++i + 1;
      continue;
    }
    // Ideographs are their own key; anything else (width, brackets) as labelKey has it.
    const k = c >= 0x4e00 && c <= 0x9fff ? c : labelKey(text[i]).charCodeAt(0);
    if (Number.isNaN(k)) continue;
    // labelKey's 其它 → 其他, which a per-character key cannot see.
    KEYS[n] = k === TA && n > 0 && KEYS[n - 1] === QI ? TA_OTHER : k;
    ENDS[n++] = i + 1;
  }
  return n;
}

/**
 * Edit distance between `w` and each prefix of the text's first `len` key
 * characters up to |w| + k of them (banded: cells farther than k from the
 * diagonal cannot be within k). Returns the prefix length with the smallest
 * distance (the one nearest |w| on a tie), or null when all are more than k away.
 */
function bestPrefix(w: Int32Array, len: number, k: number): { len: number; dist: number } | null {
  const n = w.length;
  const m = Math.min(len, n + k);
  if (m < n - k) return null;
  const INF = k + 1;
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : INF;
  for (let i = 1; i <= n; i++) {
    cur[0] = i <= k ? i : INF;
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    if (lo > 1) cur[lo - 1] = INF;
    const wc = w[i - 1];
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (wc === KEYS[j - 1] ? 0 : 1);
      cur[j] = Math.min(INF, sub, prev[j] + 1, cur[j - 1] + 1);
    }
    // The cell past the band stays INF for the next row's reads.
    if (hi + 1 <= m) cur[hi + 1] = INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best: { len: number; dist: number } | null = null;
  for (let j = Math.max(0, n - k); j <= m; j++) {
    const d = prev[j];
    if (d > k) continue;
    if (!best || d < best.dist || (d === best.dist && Math.abs(j - n) < Math.abs(best.len - n))) best = { len: j, dist: d };
  }
  return best;
}

/**
 * Necessary conditions for a match within k edits, cheap enough to run against
 * every wording: one of w's first k + 1 characters survives the edits and lands
 * among the text's first 2k + 1; and at most k of w's characters (those
 * substituted or deleted) are absent from the text's opening.
 */
function mayMatch(w: Int32Array, len: number, k: number): boolean {
  let opens = false;
  for (let i = 0; i <= k && i < w.length && !opens; i++) for (let j = 0; j <= 2 * k && j < len; j++) if (w[i] === KEYS[j]) opens = true;
  if (!opens) return false;
  let missing = 0;
  for (let i = 0; i < w.length; i++) if (PRESENT[w[i]] === 0 && ++missing > k) return false;
  return true;
}

export interface WordingHit {
  id: SectionId;
  /** Not the canonical title as written (a variant, a qualified form or a typo). */
  variant: boolean;
  /** Raw offset just after the title's last character. */
  end: number;
}

/** The known wording that text[from, end) starts with (exactly, or within a typo or two). */
export function wordingAt(text: string, from: number, end: number): WordingHit | null {
  // Most candidates ("一、本年新收…", enumerations in prose) share no opening character with any wording.
  let opens = false;
  const head = keyChars(text, from, end, HEAD);
  for (let j = 0; j < head && !opens; j++) opens = OPENING.has(KEYS[j]);
  if (!opens) return null;
  const len = keyChars(text, from, end, MAX_SPAN);
  if (len < 2) return null;
  for (let j = 0; j < len; j++) PRESENT[KEYS[j]] = 1;
  let best: { w: Wording; len: number; dist: number } | null = null;
  for (const w of WORDINGS) {
    const k = allowance(w.key.length);
    if (!mayMatch(w.codes, len, k)) continue;
    const p = bestPrefix(w.codes, len, k);
    if (!p || p.len === 0) continue;
    // Fewer edits first; on a tie the longer wording, which explains more of the text.
    if (!best || p.dist < best.dist || (p.dist === best.dist && w.key.length > best.w.key.length)) best = { w, len: p.len, dist: p.dist };
  }
  for (let j = 0; j < len; j++) PRESENT[KEYS[j]] = 0;
  if (!best) return null;
  return { id: best.w.id, variant: !(best.w.canonical && best.dist === 0), end: ENDS[best.len - 1] };
}
