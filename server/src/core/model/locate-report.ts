// A saved web page holds one report inside a page of chrome: menus,
// breadcrumbs, the CMS's article title, "来源：… 时间：…", share buttons,
// 上一篇/下一篇, related links, a footer, an archiver's "标题: … 原文链接: …".
// Only the report is linted. It runs
//
//   from its title: the nearest title line before the first section heading
//     (a title wrapped over two or three lines is one line; a "标题:" label
//     before it is not part of it);
//   through what stands between the title and section 一 in the article
//     (the preamble), without the chrome lines there ("来源：…", "微信 微博");
//   to the end of the last section's body: the end of the innermost
//     container holding the sections (the article), or a footer line
//     (上一篇, 相关链接, 版权所有…) before it.
//
// Without a title it starts at the article (or the preamble just before
// section 一). The result is the parts of the visible text to keep; null when
// the text shows no report structure (fewer than two sections) and is read whole.

import type { Range } from '../types';
import type { HtmlBlock } from '../text/html';
import { headingAt } from './split';
import { isTitleText } from './meta';

interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  text: string;
}

/** How far before section 一 the title may stand (non-blank lines). */
const TITLE_REACH = 80;
/** A line of a wrapped title before the one that ends in 报告. */
const WRAP_MAX = 40;

/** "来源：", "发布时间:", "标题:", "原文链接："… at the start of a short line: page metadata, not report text. */
const META_LABEL =
  /^[【[]?(?:信息)?(?:来源|发布(?:时间|日期|机构|单位|者)?|更新时间|时间|日期|作者|编辑|责任编辑|审核|校对|浏览(?:次数|量)?|点击(?:数|量|率|次数)?|阅读(?:数|量|次数)?|访问(?:量|次数)|字号|字体|索引号|主题分类|体裁分类|分类|文号|发文(?:机关|字号|日期)|成文日期|有效性|标题|题目|原文(?:链接|地址)|链接|网址|URL|分享到?)[\]】]?[ \t\u3000]*[:：]/i;
/** Buttons and links a CMS puts around an article; a line of nothing else is chrome. */
const CHROME_WORDS = new Set(
  (
    '打印 打印本页 关闭 关闭窗口 收藏 分享 微信 微博 QQ空间 QQ 全真版 文字版 文件下载 附件下载 相关链接 相关文件 大 中 小 字体 默认 ' +
    '扫一扫 返回顶部 返回 上一篇 下一篇 上一条 下一条 视力保护色 无障碍浏览 长者模式 朗读 纠错 我要纠错 下载 PDF Word'
  ).split(' '),
);
/** A line that starts with one of these ends the article (so does a line of buttons only, see isButtons). */
const FOOTER =
  /^[【[]?(?:上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关新闻|相关阅读|相关文件|相关附件|附件下载|扫一扫|打印本页|关闭窗口|分享到|责任编辑|网站地图|版权所有|主办单位|承办单位|返回顶部|文字解读|图片解读)/;

export function locateReport(text: string, blocks: readonly HtmlBlock[]): Range[] | null {
  const lines = splitLines(text);
  const heads: number[] = [];
  const ids = new Set<number>();
  lines.forEach((l, i) => {
    const id = headingAt(text, l.start, l.end);
    if (id !== null) {
      heads.push(i);
      ids.add(id);
    }
  });
  if (ids.size < 2) return null;
  const first = heads[0];
  const last = heads[heads.length - 1];
  const article = innermost(blocks, lines[first].start, lines[last].end);
  const keep = new Keeper();

  const title = findTitle(lines, first, bodyYear(text, lines[first].start));
  if (title) {
    for (const r of title.pieces) keep.add(r.start, r.end);
    const after = lines[title.line];
    keep.add(after.end, Math.min(text.length, after.end + 1));
    const from = article && article.start > after.end ? lineAtOrAfter(lines, article.start) : title.line + 1;
    for (let i = from; i < first; i++) if (!isChrome(lines[i].text)) keep.line(lines[i], text.length);
  } else {
    // Without a title only the preamble stands before section 一: prose lines just before it.
    const floor = article ? lineAtOrAfter(lines, article.start) : 0;
    let from = first;
    while (from > floor && (isBlank(lines[from - 1].text) || isProse(lines[from - 1].text))) from--;
    for (let i = from; i < first; i++) keep.line(lines[i], text.length);
  }

  const limit = article ? article.end : text.length;
  const end = lastArticleLine(lines, first, last, limit);
  keep.add(lines[first].start, Math.min(limit, lines[end].end + 1, text.length));
  return keep.ranges;
}

/**
 * The page chrome around a report saved as plain text (a page copied from a
 * browser): metadata and button lines before the report's title or first
 * section, and everything from a footer line after the last section. The
 * text stays one-to-one with the file (its findings point into it); rules of
 * typography skip these ranges. Empty when the text shows no report structure.
 */
export function plainPageChrome(text: string, firstHeading: number, lastHeading: number): Range[] {
  // Only the lines before section 一 and after the last heading are looked at: the rest is the report.
  const head = splitLines(text.slice(0, firstHeading));
  const out = new Keeper();
  const title = findTitle(head, head.length - 1, bodyYear(text, firstHeading));
  const top = title ? title.line : head.length - 1;
  for (let i = 0; i < top; i++) if (isChrome(head[i].text) || BREADCRUMB.test(head[i].text.trim())) out.line(head[i], text.length);
  const from = text.lastIndexOf('\n', lastHeading) + 1;
  const tail = splitLines(text.slice(from)).map((l) => ({ start: l.start + from, end: l.end + from, text: l.text }));
  const end = lastArticleLine(tail, 0, 0, text.length);
  if (end + 1 < tail.length) out.add(Math.min(text.length, tail[end].end + 1), text.length);
  return out.ranges;
}

/** "当前位置：首页 > 政务公开 > …": where the page sits in the site. */
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|位置)[ \t\u3000]*[:：]/;

/** The last line of the article: before a footer line (上一篇, 版权所有, a row of buttons) after the last section heading. */
function lastArticleLine(lines: Line[], first: number, last: number, limit: number): number {
  let end = first;
  for (let i = first; i < lines.length && lines[i].start < limit; i++) {
    const t = lines[i].text.trim();
    if (i > last && t.length <= 60 && (FOOTER.test(t) || isButtons(t))) break;
    end = i;
  }
  return end;
}

/** The innermost container holding [from, to). */
function innermost(blocks: readonly HtmlBlock[], from: number, to: number): HtmlBlock | null {
  let best: HtmlBlock | null = null;
  for (const b of blocks) if (b.start <= from && b.end >= to && (!best || b.depth > best.depth)) best = b;
  return best;
}

interface TitleHit {
  /** The line holding the title's end. */
  line: number;
  /** Its pieces: one per wrapped line, without the line breaks between them. */
  pieces: Range[];
  /** The title's text, the pieces joined. */
  text: string;
}

/**
 * The nearest title before line `before` (one line, or one wrapped over up to
 * three) that names the year the report speaks of; failing that, the nearest.
 * A sidebar of links to other years' reports often stands between the page's
 * heading and the article.
 */
function findTitle(lines: Line[], before: number, year: number | null): TitleHit | null {
  let nearest: TitleHit | null = null;
  for (const hit of titles(lines, before)) {
    const y = /((?:19|20)\d{2})\s*年/.exec(hit.text);
    if (year === null || (y && Number(y[1]) === year)) return hit;
    nearest ??= hit;
  }
  return nearest;
}

/** Title candidates before line `before`, nearest first. */
function* titles(lines: Line[], before: number): Generator<TitleHit> {
  let seen = 0;
  for (let i = before - 1; i >= 0 && seen < TITLE_REACH; i--) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    seen++;
    const own = titleIn(lines[i]);
    const ends = own ?? (endsInReport(t) ? trimmedRange(lines[i]) : null);
    if (!ends) continue;
    // Extend over the lines a wrapped title began on, while the joined text stays a title.
    const pieces: Range[] = [ends];
    let joined = t.slice(ends.start - lines[i].start, ends.end - lines[i].start);
    let best: TitleHit | null = own ? { line: i, pieces: [...pieces], text: joined } : null;
    let k = i;
    // A title with its year is whole: the line before it is something else ("文字版").
    for (let n = 0; n < 2 && !/(?:19|20)\d{2}\s*年/.test(joined); n++) {
      k = prevNonBlank(lines, k);
      if (k < 0) break;
      const head = lines[k].text.trim();
      if (
        head.length > WRAP_MAX ||
        /[。；，,;！？!?：:]/.test(head) ||
        isTitleText(head) ||
        isChrome(head) ||
        headingAt(lines[k].text, 0, lines[k].text.length) !== null
      )
        break;
      pieces.unshift(trimmedRange(lines[k]));
      joined = head + joined;
      if (isTitleText(joined)) best = { line: i, pieces: [...pieces], text: joined };
    }
    if (best) yield best;
  }
}

/** The year the report speaks of: the first "YYYY年" (not a date) after section 一's heading. */
function bodyYear(text: string, from: number): number | null {
  const m = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(text.slice(from, from + 3000));
  return m ? Number(m[1]) : null;
}

/** The title a line holds: the whole line, or what follows a "标题:" label up to the next label. */
function titleIn(line: Line): Range | null {
  const r = trimmedRange(line);
  let s = r.start - line.start;
  let e = r.end - line.start;
  const t = line.text;
  const label = /^(?:标题|题目|名称|title)[ \t\u3000]*[:：][ \t\u3000]*/i.exec(t.slice(s));
  if (label) s += label[0].length;
  const next = /[ \t\u3000]+(?:原文链接|原文地址|链接|网址|URL|来源|发布时间|发布日期|时间)[ \t\u3000]*[:：]/i.exec(t.slice(s, e));
  if (next) e = s + next.index;
  // "上一篇：…年度报告" is a link, not a title; only a "标题:" label may stand before one.
  if (e <= s || /[:：]/.test(t.slice(s, e)) || !isTitleText(t.slice(s, e))) return null;
  return { start: line.start + s, end: line.start + e };
}

function endsInReport(t: string): boolean {
  const s = t.trim();
  return s.length <= 80 && s.endsWith('报告') && !/[。；，,;！？!?]/.test(s);
}

/** Page metadata or a row of buttons. */
function isChrome(t: string): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 120) return false;
  return META_LABEL.test(s) || isButtons(s);
}

/** A line of nothing but the buttons and links a CMS puts around an article ("【打印】 【关闭】", "微信 微博 QQ空间"). */
function isButtons(s: string): boolean {
  return s.length > 0 && s.split(/[ \t\u3000|｜]+/).every((w) => w === '' || CHROME_WORDS.has(w.replace(/^[【[]|[\]】：:]$/g, '')));
}

/** A sentence of the report (a preamble): sentence punctuation, or long. */
function isProse(t: string): boolean {
  const s = t.trim();
  return /[。；]/.test(s) || s.length >= 60;
}

function isBlank(t: string): boolean {
  return t.trim().length === 0;
}

function prevNonBlank(lines: Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k].text)) k--;
  return k;
}

function trimmedRange(line: Line): Range {
  const t = line.text;
  const lead = t.length - t.trimStart().length;
  return { start: line.start + lead, end: line.start + t.trimEnd().length };
}

/** The first line starting at or after offset. */
function lineAtOrAfter(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/** Kept ranges in order, touching ones merged. */
class Keeper {
  readonly ranges: Range[] = [];

  add(start: number, end: number): void {
    if (end <= start) return;
    const last = this.ranges[this.ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else this.ranges.push({ start, end });
  }

  /** A whole line with its line break. */
  line(l: Line, length: number): void {
    this.add(l.start, Math.min(length, l.end + 1));
  }
}
