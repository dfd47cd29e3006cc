// "共公布政府信息2599条（其中机构职能类信息25条，政策、规范性文件类信息68条，…）":
// a total followed by its breakdown in brackets. The parts are the counts of
// the list's top level (separated by 、，；), up to the closing bracket; a
// bracket inside the list and a part's own "其中" sub-list are not added again.

import { toHalfWidth } from '../../text/normalize';

const UNITS = ['人次', '件', '条', '项', '个', '篇', '期', '次', '家', '人', '份'];
/** A total right before a bracketed list: "2599条，（其中". */
export const BRACKET_TOTAL = new RegExp(`(?<![0-9０-９.])([0-9０-９]+)\\s*(${UNITS.join('|')})\\s*[，,]?\\s*[（(]\\s*(?:其中|包括|分别为|分别是)`, 'g');
/** Whether a total's own text is followed by a bracketed list (the clause reader leaves it to this one). */
export const OPENS_BRACKET_LIST = /^\s*[，,]?\s*[（(]\s*(?:其中|包括|分别为|分别是)/;

const OPEN = new Set(['（', '(', '【', '[']);
const CLOSE = new Set(['）', ')', '】', ']']);
const SEPARATOR = /[、，,；;]/;
const STRONG = /[；;]/;
const SUB_LIST = /其中|包括|含/;

export interface BracketList {
  parts: number[];
  /** Sums the list may mean: the top level, and with a sub-list's later parts when where it ends is open. */
  sums: number[];
}

/**
 * The list in `s` from `open` (the opening bracket) on, for parts counted in
 * `unit`; null when the bracket does not close within the sentence, or the
 * list ends in "等" (not every part is named).
 */
export function readBracketList(s: string, open: number, unit: string): BracketList | null {
  const segments: string[] = [];
  const seps: string[] = [];
  let depth = 0;
  let cur = '';
  let closed = false;
  for (let i = open + 1; i < s.length && i < open + 800; i++) {
    const c = s[i];
    if (c === '。' || c === '\n') break;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) {
      if (depth === 0) {
        closed = true;
        break;
      }
      depth--;
    } else if (depth === 0 && SEPARATOR.test(c)) {
      segments.push(cur);
      seps.push(c);
      cur = '';
      continue;
    }
    // Text inside a nested bracket is a part's detail: not read.
    if (depth === 0 && !CLOSE.has(c)) cur += c;
  }
  if (!closed) return null;
  segments.push(cur);
  if (/等\S{0,6}$/.test(cur)) return null;
  const unitRe = new RegExp(`(?<![0-9０-９.])([0-9０-９]+)\\s*${unit}(?![余多])`);
  const top: number[] = [];
  const later: number[] = [];
  let inSub = false;
  segments.forEach((seg, k) => {
    // The list marker opens the first segment; a marker in any other is a part's own sub-list.
    const body = k === 0 ? seg.replace(/^\s*(?:其中|包括|分别为|分别是)[：:]?/, '') : seg;
    // "…60条，其中图片新闻20条": a segment that opens with a marker starts the previous part's sub-list.
    if (k > 0 && /^\s*(?:其中|包括|含)/.test(body)) inSub = true;
    const m = unitRe.exec(body);
    if (m) {
      const v = Number(toHalfWidth(m[1]));
      if (inSub) later.push(v);
      else top.push(v);
      if (SUB_LIST.test(body.slice(m.index + m[0].length))) inSub = true;
    } else if (SUB_LIST.test(body)) inSub = true;
    if (inSub && STRONG.test(seps[k] ?? '')) {
      // A sub-list ends at a semicolon: what it held were sub-parts, what follows is the top level again.
      inSub = false;
      later.length = 0;
    }
  });
  if (top.length < 2) return null;
  const sum = top.reduce((a, b) => a + b, 0);
  const sums = [sum];
  if (later.length > 0) sums.push(sum + later.reduce((a, b) => a + b, 0));
  return { parts: top, sums };
}
