// HTML drafts (saved web pages, Word "save as web page") become visible text:
// block elements end lines, every table row is one line of `|`-separated cells
// (html-table.ts, html-cell.ts), entities decode. Every character of the text
// maps back to the page: copied characters to themselves, decoded entities to
// the entity, synthetic ones (line breaks, separators) to a point between tags.

import { MappedBuilder, type SourceText } from './source';
import { HtmlTables, type CellKind } from './html-table';
import { isValueCode } from './html-cell';

/** Elements that start a line (inside a data cell: a break within the cell, html-cell.ts). */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
  'article',
  'main',
  'body',
  'html',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'hr',
  'center',
  'form',
  'figure',
  'figcaption',
  'address',
]);
/** Elements whose content is not shown (a <title> is the tab's, not the page's). */
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'noscript', 'title', 'template']);
/** Elements that may hold an article: locate-report.ts finds the innermost one around the report. */
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'body', 'center', 'form', 'blockquote']);
/** Elements without an end tag. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param']);
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  hellip: '…',
  middot: '·',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

/** Tag names whose tags count towards looksLikeHtml (lower case). */
const DETECT_TAGS = ['html', 'body', 'table', 'tr', 'td', 'th', 'p', 'div', 'span', 'br'];
const DETECT_HEAD = 200_000;
const DETECT_MIN_TAGS = 5;

/**
 * Heuristic: enough structural tags to be a web page rather than text mentioning one.
 *
 * Counts what /<\/?(?:html|body|…|br)\b[^>]*>/gi would match in the first
 * 200,000 characters, without the regex: tried at every '<', its [^>]* ran to
 * the end of the text when no '>' followed, so a draft of unclosed "<p " took
 * time quadratic in its length. Here each '<' costs the length of its name,
 * and a tag is closed by the next '>' (one indexOf that the scan then skips).
 */
export function looksLikeHtml(text: string): boolean {
  const end = Math.min(text.length, DETECT_HEAD);
  let count = 0;
  let lt = text.indexOf('<');
  while (lt !== -1 && lt < end) {
    const nameEnd = detectedTagNameEnd(text, lt, end);
    if (nameEnd < 0) {
      lt = text.indexOf('<', lt + 1);
      continue;
    }
    const gt = text.indexOf('>', nameEnd);
    // No '>' left in the head: no later tag can be closed either.
    if (gt === -1 || gt >= end) return false;
    if (++count >= DETECT_MIN_TAGS) return true;
    lt = text.indexOf('<', gt + 1);
  }
  return false;
}

/** After "<" or "</" and one of DETECT_TAGS (ASCII case-insensitive) ending at a word boundary: the offset after the name, else -1. */
function detectedTagNameEnd(text: string, lt: number, end: number): number {
  let i = lt + 1;
  if (i < end && text.charCodeAt(i) === 0x2f /* / */) i++;
  for (const name of DETECT_TAGS) {
    const stop = i + name.length;
    if (stop > end) continue;
    let k = 0;
    while (k < name.length && asciiLower(text.charCodeAt(i + k)) === name.charCodeAt(k)) k++;
    if (k === name.length && (stop === end || !isAsciiWordCode(text.charCodeAt(stop)))) return stop;
  }
  return -1;
}

/** The regex /i flag without /u folds ASCII letters only. */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** \w without the /u flag: [A-Za-z0-9_]. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

export function htmlSource(original: string): SourceText {
  return readHtml(original).source;
}

/** A page as visible text, and the visible-text extent of its containers (where locate-report.ts looks for the article). */
export interface HtmlPage {
  source: SourceText;
  blocks: HtmlBlock[];
}

export function readHtml(original: string): HtmlPage {
  const b = new MappedBuilder();
  const containers = new Containers(b);
  const tables = new HtmlTables(b, { cellOpened: () => containers.open('td'), cellClosed: () => containers.close('td') });
  const n = original.length;
  let i = 0;
  let textStart = 0;
  let skipUntil: string | null = null;
  const ends = tagEnds(original);
  // The first '&' at or after ampFrom (-1: none). Searched again only when the
  // text to flush has passed it: one search per flush from the text start ran
  // to the end of a page without '&' each time, quadratic in the page length.
  let ampFrom = 0;
  let nextAmp = original.indexOf('&');
  const text = (from: number, to: number) => {
    const cell = tables.cell;
    if (cell) cell.raw(original, from, to);
    else if (!tables.betweenCells) copyWs(b, original, from, to);
  };
  const flush = (to: number) => {
    if (skipUntil) return;
    let j = textStart;
    while (j < to) {
      if (j < ampFrom || (nextAmp !== -1 && nextAmp < j)) {
        ampFrom = j;
        nextAmp = original.indexOf('&', j);
      }
      const amp = nextAmp;
      const stop = amp === -1 || amp >= to ? to : amp;
      if (j < stop) text(j, stop);
      if (stop >= to) break;
      const semi = entityEnd(original, stop);
      const name = semi > stop ? original.slice(stop + 1, semi) : '';
      const decoded = decodeEntity(name);
      if (decoded !== null) {
        const cell = tables.cell;
        if (cell) cell.entity(decoded, stop, semi + 1);
        else if (!tables.betweenCells) b.emit(decoded, stop, semi + 1);
        j = semi + 1;
      } else {
        text(stop, stop + 1);
        j = stop + 1;
      }
    }
  };
  while (i < n) {
    const lt = original.indexOf('<', i);
    if (lt === -1) break;
    const gt = findTagEnd(ends, lt);
    if (gt === -1) break;
    flush(lt);
    const tag = original.slice(lt + 1, gt);
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    if (tag.startsWith('!--')) {
      const end = original.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      textStart = i;
      continue;
    }
    if (m) {
      const closing = m[1] === '/';
      const name = m[2].toLowerCase();
      if (skipUntil) {
        if (closing && name === skipUntil) skipUntil = null;
      } else if (SKIP_CONTENT.has(name) && !closing && !tag.endsWith('/')) {
        skipUntil = name;
      } else if (name === 'table') {
        if (closing) {
          tables.closeTable(lt);
          containers.close('table');
        } else {
          containers.open('table');
          tables.openTable(lt);
        }
      } else if (name === 'tr') {
        if (closing) tables.closeRow(lt);
        else tables.openRow(lt);
      } else if (name === 'td' || name === 'th') {
        if (closing) tables.closeCell(lt);
        else tables.openCell(lt, gt, tag, cellKind(original, ends, gt));
      } else if (name === 'tbody' || name === 'thead' || name === 'tfoot') {
        if (closing) tables.closeRow(lt);
      } else if (name === 'caption') {
        b.emit('\n', lt, lt);
        tables.caption(!closing);
      } else {
        if (CONTAINERS.has(name)) {
          if (closing) containers.close(name);
          else containers.open(name);
        }
        const cell = tables.cell;
        if (BLOCK.has(name)) {
          if (cell) cell.lineBreak(lt, gt, !closing && !VOID.has(name) && !tag.endsWith('/'));
          else b.emit('\n', lt, lt);
        } else if (cell) {
          if (closing) cell.closed();
          else cell.opened(gt + 1, VOID.has(name) || tag.endsWith('/'));
        }
      }
    }
    i = gt + 1;
    textStart = i;
  }
  textStart = Math.min(textStart, n);
  flush(n);
  tables.finish(n);
  return { source: b.build(original), blocks: containers.finish() };
}

/** How much text (entities counted as one character, whitespace not at all) a data cell may hold. */
const DATA_CELL_MAX_TEXT = 400;

/**
 * What the cell whose start tag ends at gt holds: 'layout' when it holds a
 * table of its own or more text than a data cell (a page column, a report
 * pasted into a one-cell frame: it reads as lines, not as one cell), else
 * 'text' when it shows anything but a number (a label or header) and 'value'
 * otherwise. Looks ahead to the cell's end (the next cell, row or table tag):
 * every cell is read ahead once, so the page is read at most twice.
 */
function cellKind(s: string, ends: Int32Array, gt: number): CellKind {
  let count = 0;
  // Decided by the first shown character: "75394432.52元" is a value with a unit, "（一）予以公开" a label.
  let text: boolean | null = null;
  let pos = gt + 1;
  const n = s.length;
  while (pos < n) {
    const lt = s.indexOf('<', pos);
    const stop = lt === -1 ? n : lt;
    for (let k = pos; k < stop; k++) {
      const c = s.charCodeAt(k);
      if (c <= 0x20 || c === 0xa0 || c === 0x3000) continue;
      if (c === 0x26 /* & */) {
        const semi = entityEnd(s, k);
        if (semi > k) {
          // &nbsp; and its kin are padding; any other entity is shown text.
          if (!/^&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288);$/i.test(s.slice(k, semi + 1))) text ??= true;
          k = semi;
          continue;
        }
      }
      text ??= !isValueCode(c);
      if (++count > DATA_CELL_MAX_TEXT) return 'layout';
    }
    if (lt === -1) break;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end === -1) break;
      pos = end + 3;
      continue;
    }
    const name = tagName(s, lt);
    if (name === 'table') return 'layout';
    if (name === 'td' || name === 'th' || name === 'tr' || name === '/td' || name === '/th' || name === '/tr' || name === '/table') break;
    const end = findTagEnd(ends, lt);
    pos = end === -1 ? lt + 1 : end + 1;
  }
  return text === true ? 'text' : 'value';
}

/** "td", "/table"… of the tag at lt, lower case ('' when none): for the look-ahead only. */
function tagName(s: string, lt: number): string {
  let k = lt + 1;
  if (s.charCodeAt(k) === 0x2f) k++;
  const from = k;
  while (k < s.length && k - from < 8 && isAsciiLetterOrDigit(s.charCodeAt(k))) k++;
  return s.slice(lt + 1, k).toLowerCase();
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A container element's extent in the visible text. */
export interface HtmlBlock {
  start: number;
  end: number;
  /** Nesting depth: deeper is inner. */
  depth: number;
}

/**
 * Open containers, closed by name. A close tag with no open element of its
 * name is ignored; one with an open element closes everything opened after it
 * (unclosed <div>s in pasted HTML). Every element is pushed and popped once.
 */
class Containers {
  private readonly stack: { name: string; start: number }[] = [];
  private readonly open_ = new Map<string, number>();
  private readonly out: HtmlBlock[] = [];

  constructor(private readonly b: MappedBuilder) {}

  open(name: string): void {
    this.stack.push({ name, start: this.b.length });
    this.open_.set(name, (this.open_.get(name) ?? 0) + 1);
  }

  close(name: string): void {
    if (!this.open_.get(name)) return;
    while (this.stack.length > 0) {
      const top = this.pop();
      if (top === name) return;
    }
  }

  finish(): HtmlBlock[] {
    while (this.stack.length > 0) this.pop();
    return this.out;
  }

  private pop(): string {
    const top = this.stack.pop()!;
    this.open_.set(top.name, this.open_.get(top.name)! - 1);
    this.out.push({ start: top.start, end: this.b.length, depth: this.stack.length });
    return top.name;
  }
}

/**
 * The ';' of an entity starting at the '&' at amp, or -1: only a ';' at most
 * ten characters on counts, so the search stops there (searching the whole
 * rest of the text for each '&' made a page of lone '&' quadratic).
 */
function entityEnd(s: string, amp: number): number {
  const last = Math.min(s.length - 1, amp + 10);
  for (let k = amp + 1; k <= last; k++) if (s.charCodeAt(k) === 0x3b /* ; */) return k;
  return -1;
}

/** How far past its '<' a tag's closing '>' may lie; a '<' with none that close is text. */
const MAX_TAG_LENGTH = 4000;

/**
 * For each offset k, the first '>' outside quotes reading from k in the
 * unquoted state (a quote skips to the next same quote character), or -1.
 * The tag opened at lt ends at ends[lt + 1] when that lies within
 * MAX_TAG_LENGTH. Filled right to left in one pass: reading from every '<'
 * instead cost up to MAX_TAG_LENGTH steps each, so a page of quoted comments
 * whose '>' all fell inside quotes took thousands of steps per character.
 */
function tagEnds(s: string): Int32Array {
  const n = s.length;
  const ends = new Int32Array(n + 1);
  ends[n] = -1;
  let nextDouble = -1;
  let nextSingle = -1;
  for (let k = n - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x3e /* > */) ends[k] = k;
    else if (c === 0x22 /* " */) {
      ends[k] = nextDouble === -1 ? -1 : ends[nextDouble + 1];
      nextDouble = k;
    } else if (c === 0x27 /* ' */) {
      ends[k] = nextSingle === -1 ? -1 : ends[nextSingle + 1];
      nextSingle = k;
    } else ends[k] = ends[k + 1];
  }
  return ends;
}

function findTagEnd(ends: Int32Array, lt: number): number {
  const gt = ends[lt + 1];
  return gt !== -1 && gt < lt + MAX_TAG_LENGTH ? gt : -1;
}

/** Copies text but folds raw newlines (HTML whitespace) into spaces. */
function copyWs(b: MappedBuilder, s: string, from: number, to: number): void {
  let run = from;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 13 || c === 9) {
      if (run < k) b.copy(s, run, k);
      b.emit(' ', k, k + 1);
      run = k + 1;
    }
  }
  if (run < to) b.copy(s, run, to);
}

function decodeEntity(name: string): string | null {
  if (!name) return null;
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}
