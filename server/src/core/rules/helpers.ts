// Small helpers shared by rule modules.

import type { Msg, Range } from '../types';
import type { SectionId } from '../model/report';
import { SECTIONS } from '../template/sections';
import { CN_ORDINALS } from '../text/normalize';

/** The whole line (without its break) around an offset. */
export function lineAround(text: string, offset: number): Range {
  let s = Math.min(offset, text.length);
  // Offsets that are no index (negative, fractional, NaN): the plain walk and its odd answer.
  if (!(Number.isInteger(s) && s >= 0)) {
    while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
    let e = Math.min(offset, text.length);
    while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
    return { start: s, end: e };
  }
  // Short walks stay walks; a long line (a web page saved on one line) is looked up
  // among the text's line breaks, or each finding on it would walk the whole page.
  const from = s;
  while (s > 0 && from - s < WALK && !isBreak(text.charCodeAt(s - 1))) s--;
  let e = from;
  while (e < text.length && e - from < WALK && !isBreak(text.charCodeAt(e))) e++;
  if ((s > 0 && !isBreak(text.charCodeAt(s - 1))) || (e < text.length && !isBreak(text.charCodeAt(e)))) {
    const b = lineBreaks(text);
    const k = firstAtOrAfter(b, from);
    s = k > 0 ? b[k - 1] + 1 : 0;
    e = k < b.length ? b[k] : text.length;
  }
  return { start: s, end: e };
}

/** How far lineAround walks each way before it looks the line up instead. */
const WALK = 512;

let breaksText: string | null = null;
let breaks = new Int32Array(0);

/** Offsets of every \n and \r of text, in order (memoised on the last text: the rules of one report share it). */
function lineBreaks(text: string): Int32Array {
  if (text === breaksText) return breaks;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isBreak(text.charCodeAt(i))) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < text.length; i++) if (isBreak(text.charCodeAt(i))) out[k++] = i;
  breaksText = text;
  breaks = out;
  return out;
}

/** Index of the first entry >= x (sorted b), or b.length. */
function firstAtOrAfter(b: Int32Array, x: number): number {
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** \n or \r */
function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Start of the line containing offset. */
export function lineStart(text: string, offset: number): number {
  return lineAround(text, offset).start;
}

/** Offset just after the line break of the line containing offset. */
export function nextLineStart(text: string, offset: number): number {
  const { end } = lineAround(text, offset);
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

export function sectionName(id: SectionId): Msg {
  const def = SECTIONS[id - 1];
  return { zh: `第${CN_ORDINALS[id]}部分“${def.title.zh}”`, en: `section ${id} "${def.title.en}"` };
}

/** A visible range: zero-length ranges grow to the next character on the line. */
export function visible(text: string, r: Range): Range {
  if (r.end > r.start) return r;
  const c = text[r.start];
  if (c !== undefined && c !== '\n' && c !== '\r') return { start: r.start, end: r.start + 1 };
  return r;
}
