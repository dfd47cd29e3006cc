// Finds headings of the three levels: 一、 (sections), （一） and 1. — also
// inline at the start of a paragraph or run into the text of a page that lost
// its line breaks. Section recognition is by keywords after normalisation.

import type { Heading, SectionId } from './report';
import type { Line, Seg } from './cells';
import { chineseOrdinal, labelKey } from '../text/normalize';
import { SECTIONS } from '../template/sections';
import { T3_ROWS } from '../template/tables';
import { LIMITS } from '../limits';
import { isRegexSpaceCode } from '../text/chars';
import { TextMemo } from '../text/memo';
import { WORDINGS, wordingAt } from './wording';
import { isTitleText } from './meta';

export interface SectionHeading extends Heading {
  section: SectionId;
  variant: boolean;
}

// A stray OCR character may stand before the numeral ("l六、", "I六、", "1六、"); it is not part of the heading.
const L1_START = /^[\s\u3000#*>|｜]*(?:[lI1丨][\s\u3000]*)?([一二三四五六七八九十]{1,2})\s*([、.．，,:：]|\s)\s*/;
// Preceded by sentence punctuation or a colon ("报告如下：一、"), a cell separator, a space (the start of its run only: retrying every
// space of a long run was quadratic), the last cell of a table that lost its line breaks (a number, perhaps
// with its unit, or a closing bracket: "…5949.088667三、", "…121.25万元三、"), or the title it was run into
// ("…年度报告一、"); the title must then be a known wording.
export const L1_INLINE = /(?:[。；;！!？?：:|｜0-9０-９）)”]|(?<!\s)\s|(?<=[0-9０-９][万亿]?[元%]|报告))\s*([一二三四五六])\s*、\s*/g;
const L2 = /[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/g;
const L3 = /(\d{1,2})\s*[.．、](?![\d０-９])\s*/g;
const TITLE_END = /[。；;！!？?]/;
// Both match whole runs of spaces; the lookbehind starts them only where a run
// starts (a later start in the run cannot be the first match, and retrying each
// one made a long run of spaces quadratic).
export const INLINE_SUB = /(?<!\s)\s+(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])/;
export const TITLE_GAP = /(?<![\s\u3000])[\s\u3000]+(?=[^\s\u3000|｜])/;
const T3_KEYS = T3_ROWS.flatMap((r) => r.keys).filter((k) => k.length >= 3);

const CANONICAL_KEYS = SECTIONS.map((d) => labelKey(d.title.zh));
/** Known wordings by key: "总体工作情况" names section 一 though it holds none of its keywords. */
const KNOWN = new Map(WORDINGS.map((w) => [w.key, w]));

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
  const known = KNOWN.get(key);
  if (known) return { id: known.id, variant: !known.canonical };
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
  const sub = INLINE_SUB.exec(text.slice(from, end));
  if (sub) end = from + sub.index;
  // In running text a space ends the title ("丰富公开内容 目前，我局…").
  // A space after a digit is PDF number spacing ("2024 年"), not the end of the title.
  const rest = text.slice(from + 2, end);
  for (let at = 0; ;) {
    const gap = TITLE_GAP.exec(rest.slice(at));
    if (!gap) break;
    const pos = at + gap.index;
    if (!isDigitCode(rest.charCodeAt(pos - 1))) {
      end = from + 2 + pos;
      break;
    }
    at = pos + gap[0].length;
  }
  let e = end;
  while (e > from && isTitlePadCode(text.charCodeAt(e - 1))) e--;
  if (e - from > 24) {
    const comma = text.slice(from + 4, e).search(/[，,]/);
    if (comma >= 0) e = from + 4 + comma;
  }
  if (e - from > maxLen) e = from + maxLen;
  return { start: from, end: e };
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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
      const { t, hit } = lineTitle(text, markEnd, line.end);
      const ord = chineseOrdinal(m[1]);
      if (hit && ord !== null && !(m[2].trim() === '' && t.end - t.start > 30)) {
        const trimmedMark = text.slice(markStart, markEnd).trimEnd();
        out.push(sectionHeading(heading(text, 1, markStart, markStart + trimmedMark.length, trimmedMark, ord, t, true), hit));
        if (raw.length > 40 && raw.length < LIMITS.maxInlineScanLine && mayHaveInline(raw))
          out.push(...inlineSections(text, line).filter((h) => h.range.start > markEnd));
        continue;
      }
    } else {
      // An unnumbered line that is (nearly) exactly a section title ("## 政府信息公开工作总体情况" in Markdown).
      const seg = line.segs.length === 1 ? unmarked(line.segs[0]) : null;
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

/**
 * The title of a heading that starts a line, and its section. When the text
 * starts with a known wording and goes on with more than a short tail of its
 * own line ("总体情况2019年，在省…", "收到和处理政府信息公开申请情况本列数据…"),
 * the title ends at the wording: the rest is body text. A line that is all
 * heading keeps its whole wording ("总体情况说明" is a variant of 总体情况).
 */
function lineTitle(text: string, from: number, lineEnd: number): { t: { start: number; end: number }; hit: { id: SectionId; variant: boolean } | null } {
  const t = titleFrom(text, from, lineEnd, 40);
  const w = wordingAt(text, from, lineEnd);
  if (!w) return { t, hit: matchSection(text.slice(t.start, t.end)) };
  const tail = text.slice(w.end, t.end);
  const lineRest = text.slice(t.end, lineEnd);
  if (stripEndMarks(labelKey(tail)) === '' || (/^[\s\u3000|｜]*$/.test(lineRest) && isShortTitleTail(tail))) {
    const hit = matchSection(text.slice(t.start, t.end));
    if (hit) return { t, hit };
  }
  return { t: { start: from, end: w.end }, hit: { id: w.id, variant: w.variant } };
}

/** A few more title characters, not body text: no digits, no punctuation. */
function isShortTitleTail(tail: string): boolean {
  const key = labelKey(tail);
  return key.length <= 4 && /^[\u4e00-\u9fff]*$/.test(key);
}

/** The cell without Markdown heading or emphasis marks around it (null when too long to be a title). */
function unmarked(seg: Seg): Seg | null {
  if (seg.text.length > 40) return null;
  const t = seg.text;
  let a = 0;
  let b = t.length;
  while (a < b && (t[a] === '#' || t[a] === '*' || t[a] === '>' || isRegexSpaceCode(t.charCodeAt(a)))) a++;
  while (b > a && (t[b - 1] === '*' || isRegexSpaceCode(t.charCodeAt(b - 1)))) b--;
  if (a === 0 && b === t.length) return seg;
  return { text: t.slice(a, b), start: seg.start + a, end: seg.start + b };
}

const NUMERALS = '一二三四五六七八九十';
/** Stray OCR characters L1_START accepts before the numeral. */
const STRAY = 'lI1丨';

/** L1_START's necessary condition: past its lead characters (and a stray character) comes a numeral (the lead class holds none). */
function mayStartL1(raw: string): boolean {
  let i = leadLength(raw);
  if (i < raw.length && STRAY.includes(raw[i])) {
    i++;
    while (i < raw.length && isRegexSpaceCode(raw.charCodeAt(i))) i++;
  }
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

const EXACT_TITLES = new Set(WORDINGS.map((w) => w.key));

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
    // After 报告 only a title run into its first heading, not prose ("详见本报告二、主动公开…").
    if (afterReportWord(line.text, m.index) && !isTitleText(text.slice(line.start, line.start + m.index).trim())) continue;
    // In running text only a known wording makes a heading; the title ends where the wording does.
    const w = ord === null ? null : wordingAt(text, markEnd, line.end);
    if (!w || ord === null) continue;
    const mark = text.slice(markStart, markEnd).trimEnd();
    const t = { start: markEnd, end: w.end };
    out.push(sectionHeading(heading(text, 1, markStart, markStart + mark.length, mark, ord, t, false), { id: w.id, variant: w.variant }));
  }
  return out;
}

/** The inline match at `at` opened on the 报告 before it (L1_INLINE's lookbehind), not on punctuation or a space. */
function afterReportWord(raw: string, at: number): boolean {
  return at >= 2 && raw.charCodeAt(at - 1) === 0x544a && raw.charCodeAt(at - 2) === 0x62a5 && !isRegexSpaceCode(raw.charCodeAt(at));
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

const YEAR_OPENING = /^(?:19|20)\d{2}\s*年/;

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
    // A year may open a line's heading ("（一）2024年工作中存在问题的改进情况"); inline, a number after "（三）" is a table row.
    if (!/[\u4e00-\u9fff“"《]/.test(text[markEnd] ?? '') && !(startsLine && YEAR_OPENING.test(text.slice(markEnd, markEnd + 8)))) continue;
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
