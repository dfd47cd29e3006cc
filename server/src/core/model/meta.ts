// Title, report year and whether the text is a report draft at all.

import type { Range } from '../types';
import type { Line } from './cells';
import type { YearSource } from './report';
import type { SourceText } from '../text/source';
import { labelKey, toHalfWidth } from '../text/normalize';

const TITLE_RE = /政府信息公开.{0,6}(?:年度)?报告|政务公开.{0,6}年度报告|信息公开.{0,4}年度报告/;
/** How a sentence about the report starts ("根据《条例》要求，现公布…", "现将本局…报告公布如下"). */
const SENTENCE_OPENER = /^(?:根据|按照|依据|依照|现将|现予|现就|现公布|现发布|特此|特发布|兹|以下|下面|为了|为进一步|为贯彻|为落实|本报告|本年度报告)/;
/** A title ends with 报告, perhaps with a bracketed note ("（全文）") or a closing book-title mark. */
const TITLE_TAIL = /报告(?:\([^()]{0,20}\))?[》"']*$/;
/** A body's name on a line of its own ends like one ("某某县人民政府办公室", "某某市司法局"); a menu word ("政务公开") does not. */
const BODY_NAME = /^[\u4e00-\u9fff\s\u3000（）()]*[局委办厅室府院会心区县市镇乡道部署所处队站馆社司行团]$/;
/** Page chrome lines a web page puts before the title (breadcrumbs, 发布时间, 字体：大 中 小) are not counted against this. */
const MAX_LEAD_LINES = 400;

export interface Title {
  text: string;
  range: Range;
  year: number | null;
}

/**
 * The report's title: the first line before the first section heading (at
 * `before`) that is a title — not line 1: a web page puts menus, breadcrumbs,
 * 发布时间 and 字体：大 中 小 first. A title may run into the text after it (a
 * page that lost its line breaks) or wrap over two lines.
 */
export function findTitle(src: SourceText, lines: Line[], before: number): Title | null {
  const text = src.text;
  const mapped = (start: number, end: number, t: string): Title => ({
    text: t,
    range: { start: src.toOriginal(start), end: src.toOriginalEnd(end) },
    year: yearIn(labelKey(t)),
  });
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.start >= before) break;
    if (line.blank) continue;
    if (++seen > MAX_LEAD_LINES) break;
    const span = trimmed(text, line.start, Math.min(line.end, before));
    if (!span) continue;
    const t = text.slice(span.start, span.end);
    // Cheap test first: most lines before the title are chrome without 报告.
    if (t.includes('报告')) {
      if (isTitleText(t)) return mapped(span.start, span.end, t);
      const head = titleHead(t);
      if (head) return mapped(span.start, span.start + head.length, head);
    }
    const next = nextVisible(lines, i + 1, before);
    if (next && next.start < before) {
      const second = trimmed(text, next.start, Math.min(next.end, before));
      if (second && isWrapped(t, text.slice(second.start, second.end))) return mapped(span.start, second.end, t + text.slice(second.start, second.end));
    }
  }
  return null;
}

/** The line's text without spaces and Markdown marks around it ("# 标题", "**标题**"). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s#*>]/.test(text[s])) s++;
  while (e > s && /[\s*]/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

function nextVisible(lines: Line[], from: number, before: number): Line | null {
  for (let j = from; j < lines.length && lines[j].start < before; j++) if (!lines[j].blank) return lines[j];
  return null;
}

/** "某局2021年政府信息公开工作年度报告根据《条例》…": the title a line starts with, up to its 报告. */
function titleHead(t: string): string | null {
  const at = t.indexOf('报告');
  if (at < 0 || at + 2 === t.length) return null;
  const head = t.slice(0, at + 2);
  return isTitleText(head) ? head : null;
}

/**
 * A title broken over two lines: "某某县人民政府办公室2022年政府信息公开" /
 * "工作年度报告" (neither line a title alone), or the body on a line of its own
 * above "2022年政府信息公开工作年度报告" (a title that names no body).
 */
function isWrapped(first: string, second: string): boolean {
  if (first.length > 60 || second.length > 40 || /[：:。；，,;！？>＞›»]/.test(first)) return false;
  const joined = first + second;
  if (!joined.includes('报告') || !isTitleText(joined)) return false;
  if (!isTitleText(second) && !titleHead(second)) return !isTitleText(first) && !titleHead(first);
  // The second line is a title already: only a bare name above a title without one belongs to it.
  return titleBody(labelKey(second)) === '' && first.length <= 30 && BODY_NAME.test(first);
}

/** The issuing body a title's key names: what stands before 政府信息公开, the year taken out (it may come first). */
export function titleBody(key: string): string {
  return key.replace(/(?:19|20)\d{2}年度?/, '').split(/政府信息公开|政务公开|信息公开/)[0];
}

/** A title is a bare name: a sentence that mentions the report is not one. */
export function isTitleText(t: string): boolean {
  if (t.length > 80 || /[。；，,;！？>＞›»]/.test(t)) return false;
  const key = labelKey(t);
  return TITLE_RE.test(key) && key.includes('年度报告') && TITLE_TAIL.test(key) && !SENTENCE_OPENER.test(key);
}

export function yearIn(s: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(s));
  return m ? Number(m[1]) : null;
}

/** 统计期限为2021年1月1日起至2021年12月31日止 → 2021. */
export function periodYear(src: SourceText): YearSource | null {
  const text = src.text;
  const re = /统计(?:期限|时限|时间|区间)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/g;
  const m = re.exec(text.length > 400_000 ? text.slice(0, 400_000) : text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { kind: 'period', year: Number(m[1]), range: { start: src.toOriginal(at), end: src.toOriginalEnd(at + 4) } };
}

/** The first "YYYY年" of the overview: the year the report speaks about. */
export function bodyYear(src: SourceText, from: number, to: number): YearSource | null {
  const slice = src.text.slice(from, Math.min(to, from + 3000));
  const m = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(slice);
  if (!m) return null;
  const at = from + m.index;
  return { kind: 'body', year: Number(m[1]), range: { start: src.toOriginal(at), end: src.toOriginalEnd(at + 4) } };
}
