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

/** Heuristic: enough structural tags to be a web page rather than text mentioning one. */
export function looksLikeHtml(text: string): boolean {
  if (text.indexOf('<') < 0) return false;
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const m = head.match(/<\/?(?:html|body|table|tr|td|th|p|div|span|br)\b[^>]*>/gi);
  return !!m && m.length >= 5;
}

export function htmlSource(original: string): SourceText {
  const b = new MappedBuilder();
  const n = original.length;
  let i = 0;
  let textStart = 0;
  let skipUntil: string | null = null;
  let inCell = 0;
  const flush = (to: number) => {
    if (skipUntil) return;
    let j = textStart;
    while (j < to) {
      const amp = original.indexOf('&', j);
      const stop = amp === -1 || amp >= to ? to : amp;
      copyWs(b, original, j, stop);
      if (stop >= to) break;
      const semi = original.indexOf(';', stop);
      const name = semi > stop && semi - stop <= 10 ? original.slice(stop + 1, semi) : '';
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
    const gt = findTagEnd(original, lt);
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

function findTagEnd(s: string, lt: number): number {
  let quote = '';
  for (let k = lt + 1; k < s.length && k < lt + 4000; k++) {
    const c = s[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  return -1;
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
