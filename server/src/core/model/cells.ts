// Splits the parser's text into physical lines and each line into cells.
// One rule set covers every layout: `|` or tab separated rows (with or without
// a leading pipe and with stray trailing `||`), one cell per line, cells that
// end in ` |`, and PDF-style rows whose numbers are separated by spaces.

export interface Seg {
  /** Trimmed cell text. */
  text: string;
  /** Range of the trimmed text; for an empty cell, the whole gap between separators. */
  start: number;
  end: number;
}

export interface Line {
  index: number;
  start: number;
  /** End of content (before the line break). */
  end: number;
  text: string;
  segs: Seg[];
  /** Empty cells cut from the end of a separated line (padding, or a real empty last cell). */
  trailing: Seg[];
  /** The line uses `|` or tab separators. */
  separated: boolean;
  /** Separated lines: how many cells the separators delimit (padding included). */
  width: number;
  blank: boolean;
  /** Markdown `|---|---|` rule. */
  rule: boolean;
}

const NUM_TOKEN = /^[-+－]?[0-9０-９][0-9０-９,，.．]*%?$/;
const PLACEHOLDER_TOKEN = /^(?:[-－—–/／]{1,2}|无)$/;
// The language of /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/, written so
// that no two adjacent \s* can share a run of spaces: that form backtracked
// through every split of a long run before a non-rule character (quadratic).
export const MD_RULE = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)*\s*(?:\|\s*)?$/;

/** Index (in the array) of the line containing offset; lines are sorted by start. */
export function lineIndexAt(lines: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function isNumericToken(s: string): boolean {
  return NUM_TOKEN.test(s);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // Native searches instead of a per-character loop: each cursor holds the next
  // line break, pipe, tab or dash at or after the line start and only moves forward.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let pipe = text.indexOf('|');
  let tab = text.indexOf('\t');
  let dash = text.indexOf('-');
  let start = 0;
  while (start <= n) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? (cr === -1 ? n : cr) : cr === -1 || lf < cr ? lf : cr;
    if (pipe !== -1 && pipe < start) pipe = text.indexOf('|', start);
    if (tab !== -1 && tab < start) tab = text.indexOf('\t', start);
    if (dash !== -1 && dash < start) dash = text.indexOf('-', start);
    let flags = hasVisible(text, start, end) ? VISIBLE : 0;
    if ((pipe !== -1 && pipe < end) || (tab !== -1 && tab < end)) flags |= SEPARATOR;
    if (dash !== -1 && dash < end) flags |= DASH;
    lines.push(makeLine(text, lines.length, start, end, flags));
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  SCRATCH.length = 0;
  return lines;
}

/** Not a blank line: some character is neither white space (isWs) nor U+2028. */
function hasVisible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWs(c) && c !== 0x2028) return true;
  }
  return false;
}

/** What splitLines found on a line: a visible character, a '-', a '|' or tab. */
const VISIBLE = 1;
const DASH = 2;
const SEPARATOR = 4;

/** Shared by lines without cells; never mutated (lines are rebuilt, not edited). */
const NO_SEGS: Seg[] = [];

/** Offset of the first non-space character in [start, end), or end. */
function firstNonWsAt(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWs(text.charCodeAt(i))) i++;
  return i;
}

/** Offset of the last non-space character in [start, end), or start - 1. */
function lastNonWsAt(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && isWs(text.charCodeAt(i))) i--;
  return i;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

function trimmed(text: string, start: number, end: number, whole?: string): Seg {
  let s = start;
  let e = end;
  while (s < e && isWs(text.charCodeAt(s))) s++;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  if (s === e) return { text: '', start, end };
  // An untrimmed line is its own cell text: no second slice.
  return { text: whole !== undefined && s === start && e === end ? whole : text.slice(s, e), start: s, end: e };
}

function makeLine(text: string, index: number, start: number, end: number, flags: number): Line {
  const raw = text.slice(start, end);
  const line: Line = { index, start, end, text: raw, segs: NO_SEGS, trailing: NO_SEGS, separated: false, width: 0, blank: false, rule: false };
  if ((flags & VISIBLE) === 0) {
    line.blank = true;
    return line;
  }
  if ((flags & DASH) !== 0 && raw.length < 2000 && MD_RULE.test(raw)) {
    line.rule = true;
    return line;
  }
  if ((flags & SEPARATOR) === 0) {
    const seg = trimmed(text, start, end, raw);
    line.segs = splitNumericTail(text, seg) ?? [seg];
    return line;
  }
  line.separated = true;
  // Cells are gathered in a reused scratch list and copied out at their exact
  // count: growing a fresh array per line allocated several times the cells.
  const cells = SCRATCH;
  let hi = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 124 /* | */ || c === 9 || c === 0xff5c /* ｜ */ || i === end) {
      cells[hi++] = trimmed(text, from, i);
      from = i + 1;
    }
  }
  // A Markdown table that lost its line breaks glues its delimiter row onto a
  // data row ("| 4 | 121.2505 ||---|---|"): the row ends at the "||", what
  // follows is not its cells.
  for (let k = 1; k + 1 < hi; k++) {
    if (cells[k - 1].text === '' && MD_DELIMITER.test(cells[k].text) && MD_DELIMITER.test(cells[k + 1].text)) {
      hi = k;
      break;
    }
  }
  let lo = 0;
  // A leading pipe opens the row (Markdown); it does not delimit an empty cell.
  const firstNonWs = firstNonWsAt(text, start, end) - start;
  if (firstNonWs < raw.length && (raw[firstNonWs] === '|' || raw[firstNonWs] === '｜') && hi > lo && cells[lo].text === '') lo++;
  // A closing pipe ends the last cell; the nothing after it is not a cell.
  const lastCh = text.charCodeAt(lastNonWsAt(text, start, end));
  if ((lastCh === 124 || lastCh === 0xff5c) && hi - lo > 1 && cells[hi - 1].text === '') hi--;
  line.width = hi - lo;
  let keep = hi;
  while (keep > lo && cells[keep - 1].text === '') keep--;
  const trailing = keep === hi ? NO_SEGS : cells.slice(keep, hi);
  if (keep === lo) {
    // A line of nothing but pipes is one empty cell of a one-cell-per-line table.
    const pipe = firstSeparator(raw);
    line.segs = [{ text: '', start: start + (firstNonWs < pipe ? firstNonWs : pipe), end: start + pipe }];
    line.segs[0].start = Math.min(line.segs[0].start, line.segs[0].end);
    return line;
  }
  // Most cells do not split: copy the list only from the first one that does.
  let out: Seg[] | null = null;
  for (let k = lo; k < keep; k++) {
    const split = splitNumericTail(text, cells[k]);
    if (split === null) out?.push(cells[k]);
    else {
      out ??= cells.slice(lo, k);
      out.push(...split);
    }
  }
  line.segs = out ?? cells.slice(lo, keep);
  line.trailing = trailing;
  return line;
}

/** A cell of a Markdown delimiter row: "---", ":---:". */
const MD_DELIMITER = /^:?-{3,}:?$/;

/** makeLine's cell list, reused line after line (emptied after each text so it holds no document). */
const SCRATCH: Seg[] = [];

/** Index of the first | ｜ or tab in s (what /[|｜\t]/ finds), -1 when none. */
function firstSeparator(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 124 || c === 0xff5c || c === 9) return i;
  }
  return -1;
}

/**
 * "二、重复申请 0 0 0 0 0 0 0" (PDF extraction) → label + seven cells. Only
 * whitespace-separated numeric tokens at the end are split off. Null when the
 * cell stays whole.
 */
function splitNumericTail(text: string, seg: Seg): Seg[] | null {
  if (seg.text.length === 0 || seg.text.length > 600) return null;
  // Cheap gate before any regex: the cell must end in a digit (or %) and contain a space.
  let last = seg.text.charCodeAt(seg.text.length - 1);
  if (last === 37 && seg.text.length > 1) last = seg.text.charCodeAt(seg.text.length - 2);
  if (!((last >= 48 && last <= 57) || (last >= 0xff10 && last <= 0xff19)) || !/\s/.test(seg.text)) return null;
  const tokens: Seg[] = [];
  const re = /[^\s\u3000]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg.text))) tokens.push({ text: m[0], start: seg.start + m.index, end: seg.start + m.index + m[0].length });
  let k = tokens.length;
  let real = 0;
  // A placeholder ("-", "/", "无") among the numbers is a cell too ("（一）予以公开 2 1 - 0 0 0 3"),
  // once two real numbers show the run is a row of cells.
  for (; k > 0; k--) {
    const t = tokens[k - 1].text;
    if (isNumericToken(t)) real++;
    else if (!(PLACEHOLDER_TOKEN.test(t) && k < tokens.length)) break;
  }
  while (k < tokens.length && (real < 2 || k === 0) && !isNumericToken(tokens[k].text)) k++;
  const numbers = tokens.length - k;
  if (numbers === 0 || (numbers === 1 && k === 0)) return null;
  // One trailing number after a sentence is prose ("共计 5"); after a short label it is a value.
  if (numbers === 1 && (k > 6 || /[。，,；;：:]/.test(text.slice(tokens[0].start, tokens[k - 1].end)))) return null;
  const out: Seg[] = [];
  if (k > 0) out.push(...splitLabels(text, tokens[0].start, tokens[k - 1].end));
  for (let i = k; i < tokens.length; i++) out.push(tokens[i]);
  return out;
}

// A match is a whole run of spaces, so it can only start where a run starts: the
// lookbehind keeps the engine from retrying (and failing) at every later space
// of a long run.
export const INNER_ORDINAL = /(?<!\s)\s+(?=[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、](?![\d０-９]))/g;

/** "三、本年度办理结果 （一）予以公开" (PDF, no separators) → a group label and a row label. */
function splitLabels(text: string, start: number, end: number): Seg[] {
  const s = text.slice(start, end);
  const out: Seg[] = [];
  let from = 0;
  INNER_ORDINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_ORDINAL.exec(s))) {
    out.push({ text: s.slice(from, m.index), start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: s.slice(from), start: start + from, end });
  return out;
}
