// Whether an edit would glue the digits it writes onto a number already in
// the text — "0" written before the <p> that holds 148 makes the cell read
// 0148; "0" after "5 " in a row of space-separated numbers shifts every cell
// after it. A fix that writes numbers must never do either.

import type { TextEdit } from '../types';

/** Tags that separate what they enclose; every other tag (p, span, font, o:p…) is inline within a cell. */
const BOUNDARY = /^<\/?(td|th|tr|table|tbody|thead|br|li|div)\b/i;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

/** The first visible character before/after offset: tags that do not separate are skipped, &nbsp; is a space. */
function visibleNeighbour(text: string, offset: number, dir: 1 | -1, html: boolean): string {
  let i = dir === 1 ? offset : offset - 1;
  while (i >= 0 && i < text.length) {
    const c = text[i];
    if (html && c === (dir === 1 ? '<' : '>')) {
      const other = dir === 1 ? text.indexOf('>', i) : text.lastIndexOf('<', i);
      if (other < 0) return c;
      const tag = dir === 1 ? text.slice(i, other + 1) : text.slice(other, i + 1);
      if (BOUNDARY.test(tag)) return '|';
      i = dir === 1 ? other + 1 : other - 1;
      continue;
    }
    if (html && c === '&' && dir === 1 && /^&(nbsp|#160|#xa0);/i.test(text.slice(i, i + 7))) return ' ';
    if (html && c === ';' && dir === -1 && /&(nbsp|#160|#xa0);$/i.test(text.slice(Math.max(0, i - 6), i + 1))) return ' ';
    return c;
  }
  return '';
}

/** The visible character past a run of spaces and tabs (same line). */
function pastSpaces(text: string, offset: number, dir: 1 | -1, html: boolean): string {
  let at = offset;
  for (let k = 0; k < 20; k++) {
    const c = visibleNeighbour(text, at, dir, html);
    if (c !== ' ' && c !== '\u3000' && c !== '\u00a0') return c;
    at += dir;
  }
  return '';
}

/** The line around offset holds cell separators (then a space between numbers is not what separates cells). */
function separatedLine(text: string, offset: number): boolean {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = offset;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return /[|｜\t]/.test(text.slice(s, e));
}

/**
 * True when the edit writes a digit right next to a digit it does not
 * replace (tags that do not separate cells do not count as a gap), or, on a
 * line whose cells are separated by spaces only, writes a number into a run
 * of numbers.
 */
export function gluesDigits(text: string, edit: TextEdit, html = false): boolean {
  const ins = edit.text;
  if (!/[0-9０-９]/.test(ins)) return false;
  const first = ins[0];
  const last = ins[ins.length - 1];
  const before = visibleNeighbour(text, edit.start, -1, html);
  const after = visibleNeighbour(text, edit.end, 1, html);
  // A replaced digit was already touching its neighbour ("２０21" → "2021"): nothing new is glued.
  const gluedBefore = edit.end > edit.start && isDigit(text[edit.start]);
  const gluedAfter = edit.end > edit.start && isDigit(text[edit.end - 1]);
  if (isDigit(first) && isDigit(before) && !gluedBefore) return true;
  if (isDigit(last) && isDigit(after) && !gluedAfter) return true;
  // Replacing a token in place ("-" → "0") adds none to the run; only a new one shifts the cells after it.
  const inPlace = edit.end > edit.start && /\S/.test(text.slice(edit.start, edit.end));
  if (!html && !inPlace && !gluedBefore && !gluedAfter && !separatedLine(text, edit.start)) {
    if (isDigit(first) && before === ' ' && isDigit(pastSpaces(text, edit.start, -1, false))) return true;
    if (isDigit(last) && after === ' ' && isDigit(pastSpaces(text, edit.end, 1, false))) return true;
  }
  return false;
}
