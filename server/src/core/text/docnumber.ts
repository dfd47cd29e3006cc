// 发文字号 (document numbers): 机关代字〔YYYY〕N号, GB/T 9704-2012 §7.2.5.
//
// The scanner finds well-formed and malformed ones alike — any of the brackets
// 〔 [ 【 ( （ ［ ﹝ around a 2–4 digit year, optional spaces, an optional 第, a
// number and 号 — so doc-number-brackets can report them and the other rules
// (number-space, the bracket rules) can leave those characters alone. It is
// triggered by the opening bracket and walks a bounded distance forward.

import { isDigitCode, isIdeographAt, isInlineSpaceCode } from './chars';
import type { Span } from './exclusions';

export interface DocNumber {
  /** From the opening bracket to just after 号 (the 机关代字 is not included). */
  start: number;
  end: number;
  /** Start of the 机关代字 run (ideographs before the bracket); = start when absent. */
  agencyStart: number;
  open: number;
  close: number;
  yearStart: number;
  yearEnd: number;
  numStart: number;
  numEnd: number;
  /** Offset of 第, or -1. */
  di: number;
  /** Runs of white space inside the number (between bracket and 号). */
  spaces: Span[];
}

export const DOC_CLOSE = '〕]】)）］﹞';
/** 〔 [ 【 ( （ ［ ﹝ */
function isOpenCode(c: number): boolean {
  return c === 0x3014 || c === 0x5b || c === 0x3010 || c === 0x28 || c === 0xff08 || c === 0xff3b || c === 0xfe5d;
}
const MAX_SPACE = 4;
const MAX_AGENCY = 20;

/** Every document number in text (shared through TextScans). */
export function scanDocNumbers(text: string): readonly DocNumber[] {
  const out: DocNumber[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isOpenCode(text.charCodeAt(i))) continue;
    const d = readDocNumber(text, i);
    if (d) {
      out.push(d);
      i = d.end - 1;
    }
  }
  return out;
}

function readDocNumber(text: string, open: number): DocNumber | null {
  const n = text.length;
  // Cheap rejection before any allocation: a digit must follow the bracket.
  let j = open + 1;
  while (j < n && j - open <= MAX_SPACE && isInlineSpaceCode(text.charCodeAt(j))) j++;
  if (!isDigitCode(text.charCodeAt(j))) return null;
  const spaces: Span[] = [];
  let i = open + 1;
  const skip = (): boolean => {
    const s = i;
    while (i < n && isInlineSpaceCode(text.charCodeAt(i))) {
      i++;
      if (i - s > MAX_SPACE) return false;
    }
    if (i > s) spaces.push({ start: s, end: i });
    return true;
  };
  if (!skip()) return null;
  const yearStart = i;
  while (i < n && isDigitCode(text.charCodeAt(i)) && i - yearStart <= 4) i++;
  const yearEnd = i;
  const yearLen = yearEnd - yearStart;
  if (yearLen < 2 || yearLen > 4) return null;
  if (!skip()) return null;
  if (i >= n || !DOC_CLOSE.includes(text[i])) return null;
  const close = i;
  i++;
  if (!skip()) return null;
  let di = -1;
  if (text[i] === '第') {
    di = i;
    i++;
    if (!skip()) return null;
  }
  const numStart = i;
  while (i < n && isDigitCode(text.charCodeAt(i)) && i - numStart <= 6) i++;
  const numEnd = i;
  if (numEnd === numStart || numEnd - numStart > 6) return null;
  if (!skip()) return null;
  if (text[i] !== '号') return null;
  const end = i + 1;

  let agencyStart = open;
  while (agencyStart > 0 && open - agencyStart < MAX_AGENCY && isIdeographAt(text, agencyStart - 1)) agencyStart--;
  const hexagonal = text[open] === '〔' || text[open] === '﹝';
  if (!hexagonal) {
    // Other brackets are common in prose; demand the shape of a real document number.
    if (agencyStart === open) return null;
    if (yearLen === 4 && !/^(?:19|20)/.test(asciiDigits(text.slice(yearStart, yearEnd)))) return null;
  }
  return { start: open, end, agencyStart, open, close, yearStart, yearEnd, numStart, numEnd, di, spaces };
}

function asciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Offsets of the brackets of document numbers (the bracket rules leave them to doc-number-brackets). */
export function docNumberBracketOffsets(docs: readonly DocNumber[]): Set<number> {
  const set = new Set<number>();
  for (const d of docs) {
    set.add(d.open);
    set.add(d.close);
  }
  return set;
}
