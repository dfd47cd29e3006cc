// HTML drafts (saved web pages, Word "save as web page") become visible text:
// block elements end lines, table cells become `|`-separated cells (an empty
// <td></td> keeps an insertion point inside the tag pair), entities decode.

import { MappedBuilder, type SourceText } from './source';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
  'article',
  'tbody',
  'thead',
  'title',
  'body',
  'html',
  'ul',
  'ol',
  'header',
  'footer',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'noscript']);
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
  const b = new MappedBuilder();
  const n = original.length;
  let i = 0;
  let textStart = 0;
  let skipUntil: string | null = null;
  let inCell = 0;
  const ends = tagEnds(original);
  // The first '&' at or after ampFrom (-1: none). Searched again only when the
  // text to flush has passed it: one search per flush from the text start ran
  // to the end of a page without '&' each time, quadratic in the page length.
  let ampFrom = 0;
  let nextAmp = original.indexOf('&');
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
      copyWs(b, original, j, stop);
      if (stop >= to) break;
      const semi = entityEnd(original, stop);
      const name = semi > stop ? original.slice(stop + 1, semi) : '';
      const decoded = decodeEntity(name);
      if (decoded !== null) {
        b.emit(decoded, stop, semi + 1);
        j = semi + 1;
      } else {
        b.copy(original, stop, stop + 1);
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
      } else if (name === 'td' || name === 'th') {
        if (!closing) {
          inCell++;
          const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(tag)?.[1] ?? '1');
          // Extra pipes for a colspan keep later cells in their columns.
          for (let k = 1; k < Math.min(span, 20); k++) b.emit('|', lt, lt);
          b.emit('|', gt + 1, gt + 1);
        } else {
          // A zero-width space stand-in before </td>: an empty cell's insertion
          // point then lies inside the tag pair, where a written 0 belongs.
          inCell = Math.max(0, inCell - 1);
          b.emit(' ', lt, lt);
        }
      } else if (name === 'br' && inCell > 0) {
        b.emit(' ', lt, gt + 1);
      } else if (BLOCK.has(name)) {
        b.emit('\n', lt, lt);
      }
    }
    i = gt + 1;
    textStart = i;
  }
  textStart = Math.min(textStart, n);
  flush(n);
  return b.build(original);
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
