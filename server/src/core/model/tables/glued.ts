// A table 三 copied without its markup: each label runs straight into its
// row's digits ("（一）予以公开7000007") and, where the line breaks were lost
// too, the digits into the next label ("…0000000（二）部分公开…", where a
// sub-item's number joins the run: "…00000002.其他法律…"). Such a cell is cut
// into label cells and digit-run cells, so that rows assemble as usual and
// decode.ts can read the runs. A cell is cut only when every run follows a
// table 三 label and nothing in it reads as a sentence.

import type { Line, Seg } from '../cells';
import { isProseText, isT3LabelText } from './classify';

/** Longer cells are not a table row (nor a whole table 三, about 700 characters). */
const MAX_CELL = 4000;

const CJK_ORDINAL = /[（(][一二三四五六七八九十]{1,2}[）)]|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}、/g;
/** A sub-item number ("2.") left in a label piece once the values are cut off. */
const ARABIC_ORDINAL = /(?<![0-9])[0-9][.．、](?![0-9０-９])/g;

interface Span {
  start: number;
  end: number;
}

/** The line with its glued cells cut, or the line itself when none is. */
export function unglueLine(line: Line): Line {
  if (line.blank || line.rule) return line;
  let out: Seg[] | null = null;
  line.segs.forEach((seg, i) => {
    const cut = unglue(seg);
    if (cut) (out ??= line.segs.slice(0, i)).push(...cut);
    else out?.push(seg);
  });
  return out ? { ...line, segs: out } : line;
}

/** A cell holding table 三 labels glued to digit runs, cut into its pieces; null when it is not one. */
export function unglue(seg: Seg): Seg[] | null {
  const t = seg.text;
  if (t.length < 3 || t.length > MAX_CELL || !/[0-9]/.test(t) || !/[\u4e00-\u9fff]/.test(t)) return null;
  const values = valueSpans(t);
  if (values.length === 0) return null;
  let bare = '';
  let from = 0;
  for (const v of values) {
    bare += t.slice(from, v.start);
    from = v.end;
  }
  bare += t.slice(from);
  if (isProseText(bare)) return null;
  const out: Seg[] = [];
  from = 0;
  for (const v of values) {
    const labels = labelPieces(t, from, v.start);
    // A run belongs to the label just before it.
    const last = labels[labels.length - 1];
    if (!last || !isT3LabelText(t.slice(last.start, last.end))) return null;
    for (const p of labels) out.push(piece(seg, t, p));
    out.push(piece(seg, t, v));
    from = v.end;
  }
  for (const p of labelPieces(t, from, t.length)) out.push(piece(seg, t, p));
  return out;
}

/** Digit runs that are values: the last digit of a run followed by "." or "、" is the next label's number. */
function valueSpans(t: string): Span[] {
  const out: Span[] = [];
  const re = /[0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const start = m.index;
    let end = start + m[0].length;
    if (end + 1 < t.length && /[.．、]/.test(t[end]) && !/[0-9０-９]/.test(t[end + 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The labels in t[from, to), cut before each ordinal, trimmed, empty ones dropped. */
function labelPieces(t: string, from: number, to: number): Span[] {
  const s = t.slice(from, to);
  const cuts = new Set<number>([0]);
  for (const re of [CJK_ORDINAL, ARABIC_ORDINAL]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) cuts.add(m.index);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  at.forEach((c, i) => {
    let a = from + c;
    let b = from + (i + 1 < at.length ? at[i + 1] : s.length);
    while (a < b && /\s/.test(t[a])) a++;
    while (b > a && /\s/.test(t[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  });
  return out;
}

function piece(seg: Seg, t: string, p: Span): Seg {
  return { text: t.slice(p.start, p.end), start: seg.start + p.start, end: seg.start + p.end };
}
