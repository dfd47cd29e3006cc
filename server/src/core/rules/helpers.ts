// Small helpers shared by rule modules.

import type { Msg, Range } from '../types';
import type { SectionId } from '../model/report';
import { SECTIONS } from '../template/sections';
import { CN_ORDINALS } from '../text/normalize';

/** The whole line (without its break) around an offset. */
export function lineAround(text: string, offset: number): Range {
  // Character codes, not text[i]: a one-character string per step adds up on long lines.
  let s = Math.min(offset, text.length);
  while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
  let e = Math.min(offset, text.length);
  while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
  return { start: s, end: e };
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
