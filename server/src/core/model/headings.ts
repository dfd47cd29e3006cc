// Finds headings of the three levels: 一、 (sections), （一） and 1. — also
// inline at the start of a paragraph or run into the text of a page that lost
// its line breaks. Section recognition is by keywords after normalisation.

import type { Heading, SectionId } from './report';
import type { Line } from './cells';
import { chineseOrdinal, labelKey } from '../text/normalize';
import { SECTIONS } from '../template/sections';
import { T3_ROWS } from '../template/tables';
import { LIMITS } from '../limits';
import { isRegexSpaceCode } from '../text/chars';
import { TextMemo } from '../text/memo';

export interface SectionHeading extends Heading {
  section: SectionId;
  variant: boolean;
}

const L1_START = /^[\s\u3000#*>|｜]*([一二三四五六七八九十]{1,2})\s*([、.．，,:：]|\s)\s*/;
// Preceded by sentence punctuation, a space or a cell separator; the title must then match exactly.
const L1_INLINE = /[。；;！!？?\s|｜]\s*([一二三四五六])\s*、\s*/g;
const L2 = /[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/g;
const L3 = /(\d{1,2})\s*[.．、](?![\d０-９])\s*/g;
const TITLE_END = /[。；;！!？?]/;
const T3_KEYS = T3_ROWS.flatMap((r) => r.keys).filter((k) => k.length >= 3);

const CANONICAL_KEYS = SECTIONS.map((d) => labelKey(d.title.zh));

/** The key without trailing . : 。 ： (what /[.:。：]+$/ removes), sliced only when there are any. */
function stripEndMarks(key: string): string {
  let e = key.length;
  while (e > 0) {
    const c = key.charCodeAt(e - 1);
    if (c !== 0x2e && c !== 0x3a && c !== 0x3002 && c !== 0xff1a) break;
    e--;
  }
  return e === key.length ? key : key.slice(0, e);
}

/** Which canonical section a title names, and whether it is the canonical wording. */
export function matchSection(title: string): { id: SectionId; variant: boolean } | null {
  // Memoised: the answer depends on the title only (and callers only read it).
  return sectionMatches.get(title);
}

const sectionMatches = new TextMemo<{ id: SectionId; variant: boolean } | null>((title) => {
  const key = stripEndMarks(labelKey(title));
  if (key.length === 0 || key.length > 40) return null;
  if (T3_KEYS.some((k) => key.startsWith(k))) return null;
  for (const def of SECTIONS) {
    if (def.keywordGroups.some((g) => g.every((kw) => key.includes(kw)))) {
      return { id: def.id, variant: key !== CANONICAL_KEYS[def.id - 1] };
    }
  }
  return null;
});

function titleFrom(text: string, from: number, lineEnd: number, maxLen: number): { start: number; end: number } {
  let end = Math.min(lineEnd, from + 200);
  const slice = text.slice(from, end);
  const stop = slice.search(TITLE_END);
  if (stop >= 0) end = from + stop;
  // An inline sub-heading marker ends the title ("完善工作机制 1.加强组织领导").
  const sub = /\s+(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])/.exec(text.slice(from, end));
  if (sub) end = from + sub.index;
  // In running text a space ends the title ("丰富公开内容 目前，我局…").
  const gap = /[\s\u3000]+(?=[^\s\u3000|｜])/.exec(text.slice(from + 2, end));
  if (gap) end = from + 2 + gap.index;
  let e = end;
  while (e > from && isTitlePadCode(text.charCodeAt(e - 1))) e--;
  if (e - from > 24) {
    const comma = text.slice(from + 4, e).search(/[，,]/);
    if (comma >= 0) e = from + 4 + comma;
  }
  if (e - from > maxLen) e = from + maxLen;
  return { start: from, end: e };
}

/** [\s|｜\u3000]: what is trimmed off the end of a title. */
function isTitlePadCode(c: number): boolean {
  return isRegexSpaceCode(c) || c === 0x7c || c === 0xff5c;
}

function heading(
  text: string,
  level: 1 | 2 | 3,
  markStart: number,
  markEnd: number,
  ordinalText: string,
  ordinal: number | null,
  title: { start: number; end: number },
  startsLine: boolean,
): Heading {
  return {
    level,
    text: text.slice(markStart, title.end),
    range: { start: markStart, end: title.end },
    ordinalRange: { start: markStart, end: markEnd },
    ordinalText,
    ordinal,
    title: text.slice(title.start, title.end).trim(),
    titleRange: title,
    startsLine,
  };
}

/** The heading with its section (built field by field: an object spread here was a slow generic clone). */
function sectionHeading(h: Heading, hit: { id: SectionId; variant: boolean }): SectionHeading {
  return {
    level: h.level,
    text: h.text,
    range: h.range,
    ordinalRange: h.ordinalRange,
    ordinalText: h.ordinalText,
    ordinal: h.ordinal,
    title: h.title,
    titleRange: h.titleRange,
    startsLine: h.startsLine,
    section: hit.id,
    variant: hit.variant,
  };
}

/** Level-1 section headings (only those that name one of the six sections). */
export function findSectionHeadings(text: string, lines: Line[]): SectionHeading[] {
  const out: SectionHeading[] = [];
  for (const line of lines) {
    if (line.blank || line.rule) continue;
    const raw = line.text;
    const m = mayStartL1(raw) ? L1_START.exec(raw) : null;
    if (m) {
      const markStart = line.start + m[0].indexOf(m[1]);
      const markEnd = line.start + m[0].length;
      const t = titleFrom(text, markEnd, line.end, 40);
      const hit = matchSection(text.slice(t.start, t.end));
      const ord = chineseOrdinal(m[1]);
      if (hit && ord !== null && !(m[2].trim() === '' && t.end - t.start > 30)) {
        const trimmedMark = text.slice(markStart, markEnd).trimEnd();
        out.push(sectionHeading(heading(text, 1, markStart, markStart + trimmedMark.length, trimmedMark, ord, t, true), hit));
        if (raw.length > 40 && raw.length < LIMITS.maxInlineScanLine && mayHaveInline(raw))
          out.push(...inlineSections(text, line).filter((h) => h.range.start > markEnd));
        continue;
      }
    } else {
      // An unnumbered line that is (nearly) exactly a section title.
      const seg = line.segs.length === 1 ? line.segs[0] : null;
      // Cheap test first: most short lines are table cells, not titles.
      if (seg && seg.text.length >= 4 && seg.text.length <= 24 && exactTitle(seg.text)) {
        const hit = matchSection(seg.text);
        if (hit) {
          const t = { start: seg.start, end: seg.end };
          out.push(sectionHeading(heading(text, 1, seg.start, seg.start, '', null, t, true), hit));
          continue;
        }
      }
    }
    if (raw.length > 40 && raw.length < LIMITS.maxInlineScanLine && mayHaveInline(raw)) out.push(...inlineSections(text, line));
  }
  return out;
}

const NUMERALS = '一二三四五六七八九十';

/** L1_START's necessary condition: past its lead characters comes a numeral (the lead class holds none). */
function mayStartL1(raw: string): boolean {
  const i = leadLength(raw);
  return i < raw.length && NUMERALS.includes(raw[i]);
}

/** L1_INLINE's necessary condition: some 、 has 一…六 as its nearest non-space character before it, not first. */
function mayHaveInline(raw: string): boolean {
  for (let q = raw.indexOf('、'); q !== -1; q = raw.indexOf('、', q + 1)) {
    let k = q - 1;
    while (k > 0 && isRegexSpaceCode(raw.charCodeAt(k))) k--;
    if (k > 0 && '一二三四五六'.includes(raw[k])) return true;
  }
  return false;
}

const EXACT_TITLES = new Set(SECTIONS.flatMap((d) => [d.title.zh, ...d.variants].map(labelKey)));

/** First characters of the exact titles' keys. */
const EXACT_FIRST = new Set([...EXACT_TITLES].map((k) => k.charCodeAt(0)));

function exactTitle(s: string): boolean {
  // An ideograph is its own key character, so a key can only be a title if the text starts like one.
  const c = s.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff && !EXACT_FIRST.has(c)) return false;
  return EXACT_TITLES.has(stripEndMarks(labelKey(s)));
}

/** "…报告如下。一、总体情况2019年，…": a heading run into the text. */
function inlineSections(text: string, line: Line): SectionHeading[] {
  const out: SectionHeading[] = [];
  L1_INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = L1_INLINE.exec(line.text))) {
    const markStart = line.start + m.index + m[0].indexOf(m[1]);
    const markEnd = line.start + m.index + m[0].length;
    const ord = chineseOrdinal(m[1]);
    const rest = labelKey(text.slice(markEnd, Math.min(line.end, markEnd + 40)));
    const def = SECTIONS.find((d) => [d.title.zh, ...d.variants].some((v) => rest.startsWith(labelKey(v))));
    if (!def || ord === null) continue;
    const t = titleFrom(text, markEnd, line.end, 40);
    const hit = matchSection(text.slice(t.start, t.end));
    if (!hit) continue;
    const mark = text.slice(markStart, markEnd).trimEnd();
    out.push(sectionHeading(heading(text, 1, markStart, markStart + mark.length, mark, ord, t, false), hit));
  }
  return out;
}

/** Level-2 and level-3 headings in the given line ranges (outside tables). */
export function findSubHeadings(text: string, lines: Line[], skip: (offset: number) => boolean): Heading[] {
  const out: Heading[] = [];
  for (const line of lines) {
    if (line.blank || line.rule || skip(line.start) || line.text.length > LIMITS.maxInlineScanLine) continue;
    const raw = line.text;
    // L2 needs an opening bracket; skip the regex pass on lines without one.
    if (raw.includes('（') || raw.includes('(')) subHeadings(text, line, L2, 2, out);
    subHeadings(text, line, L3, 3, out);
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

function subHeadings(text: string, line: Line, re: RegExp, level: 2 | 3, out: Heading[]): void {
  let lead = -1;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text))) {
    const at = m.index;
    if (lead < 0) lead = leadLength(line.text);
    const startsLine = at === lead;
    if (!startsLine && !inlineOk(line.text, at, level)) continue;
    const markStart = line.start + at;
    const markEnd = line.start + at + m[0].length;
    if (!/[\u4e00-\u9fff“"《]/.test(text[markEnd] ?? '')) continue;
    const ord = level === 2 ? chineseOrdinal(m[1]) : Number(m[1]);
    if (ord === null) continue;
    const t = titleFrom(text, markEnd, line.end, 40);
    if (t.end <= t.start) continue;
    const mark = text.slice(markStart, markEnd).trimEnd();
    out.push(heading(text, level, markStart, markStart + mark.length, mark, ord, t, startsLine));
  }
}

/** Length of the leading run of [\s\u3000#*>|｜]: the lead L1_START and line-start headings skip. */
function leadLength(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!(isRegexSpaceCode(c) || c === 0x23 || c === 0x2a || c === 0x3e || c === 0x7c || c === 0xff5c)) break;
    i++;
  }
  return i;
}

function inlineOk(s: string, at: number, level: 2 | 3): boolean {
  let k = at - 1;
  let spaces = 0;
  while (k >= 0 && isRegexSpaceCode(s.charCodeAt(k))) {
    k--;
    spaces++;
  }
  if (k < 0) return true;
  const prev = s[k];
  if (/[。；;！!？?]/.test(prev)) return true;
  // "完善工作机制 1.加强组织领导": a space-separated marker after CJK text.
  return spaces > 0 && level === 3 && /[\u4e00-\u9fff]/.test(prev) ? true : spaces > 0 && level === 2;
}
