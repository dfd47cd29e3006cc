// The cells of an HTML draft's tables, read from the markup itself: which
// <td> an offset lies in, which <tr> holds it, and what the cell shows. The
// visible text the line parser reads loses this (a <p> inside a <td> breaks
// the line), so a row of an HTML table is placed by its cell index here, and
// an empty cell gets a 0 inside its own innermost element, never in front of
// a nested element that holds a number.

export interface HtmlTd {
  /** Document-wide index of the <tr> holding the cell (-1 outside any row). */
  tr: number;
  /** Offset just after the opening <td …> tag. */
  open: number;
  /** Offset of the closing </td> (or of whatever ended the cell). */
  close: number;
  /** What the cell shows: tags dropped, entities decoded, spaces folded and trimmed. */
  text: string;
  /** Offsets of the first and past the last visible non-space character (open/open when empty). */
  textStart: number;
  textEnd: number;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>|<!--[\s\S]*?-->|<![^>]*>/g;
const SKIP = new Set(['script', 'style', 'head', 'noscript']);

interface Level {
  tr: number;
  td: { open: number } | null;
}

/** Every <td>/<th> of the document in order, with its row; nested tables keep their own rows. */
export function indexHtmlCells(html: string): HtmlTd[] {
  const out: HtmlTd[] = [];
  const levels: Level[] = [{ tr: -1, td: null }];
  let trCount = 0;
  let skipUntil: string | null = null;
  const closeTd = (level: Level, at: number) => {
    if (!level.td) return;
    out.push(describe(html, level.tr, level.td.open, at));
    level.td = null;
  };
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && SKIP.has(name) && !m[0].endsWith('/>')) {
      skipUntil = name;
      continue;
    }
    const level = levels[levels.length - 1];
    if (name === 'table') {
      if (closing) {
        closeTd(level, m.index);
        if (levels.length > 1) levels.pop();
      } else levels.push({ tr: -1, td: null });
    } else if (name === 'tr') {
      closeTd(level, m.index);
      level.tr = closing ? -1 : trCount++;
    } else if (name === 'td' || name === 'th') {
      closeTd(level, m.index);
      if (!closing) level.td = { open: m.index + m[0].length };
    }
  }
  for (const level of levels) closeTd(level, html.length);
  // Cells close in document order except around nested tables: keep them sorted by start.
  out.sort((a, b) => a.open - b.open);
  return out;
}

/** Index of the innermost cell holding offset, -1 when none does. */
export function tdAt(tds: readonly HtmlTd[], offset: number): number {
  let lo = 0;
  let hi = tds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tds[mid].open <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The last cell opening before offset may be a nested one that already closed: walk back.
  for (let i = found; i >= 0 && i > found - 50; i--) if (tds[i].open <= offset && offset <= tds[i].close) return i;
  return -1;
}

const ENTITY_SPACE = new Set(['nbsp', '#160', '#xa0', '#xA0', 'ensp', 'emsp', 'thinsp', '#12288', '#x3000']);
const ENTITY_CHAR: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", mdash: '—', ndash: '–', ldquo: '“', rdquo: '”' };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u3000' || c === '\u200b' || c === '\ufeff';
}

function describe(html: string, tr: number, open: number, close: number): HtmlTd {
  let text = '';
  let pendingSpace = false;
  let textStart = -1;
  let textEnd = open;
  let i = open;
  const visible = (s: string, from: number, to: number) => {
    if (isSpace(s)) {
      pendingSpace = text.length > 0;
      return;
    }
    if (pendingSpace) text += ' ';
    pendingSpace = false;
    text += s;
    if (textStart < 0) textStart = from;
    textEnd = to;
  };
  while (i < close) {
    const c = html[i];
    if (c === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) {
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i) + 2 : html.indexOf('>', i);
      if (end < 0 || end >= close) break;
      // A line break inside a cell separates words like a space.
      if (/^<br\b/i.test(html.slice(i, i + 4))) pendingSpace = text.length > 0;
      i = end + 1;
      continue;
    }
    if (c === '&') {
      const semi = html.indexOf(';', i);
      const name = semi > i && semi - i <= 10 ? html.slice(i + 1, semi) : '';
      if (name && ENTITY_SPACE.has(name)) {
        pendingSpace = text.length > 0;
        i = semi + 1;
        continue;
      }
      if (name && (ENTITY_CHAR[name] || /^#\d+$|^#x[\da-f]+$/i.test(name))) {
        const ch = ENTITY_CHAR[name] ?? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
        visible(ch, i, semi + 1);
        i = semi + 1;
        continue;
      }
    }
    visible(c, i, i + 1);
    i++;
  }
  return { tr, open, close, text, textStart: textStart < 0 ? open : textStart, textEnd: textStart < 0 ? open : textEnd };
}

/** Elements a cell's text is wrapped in; an empty cell's value goes inside the innermost of them. */
const WRAPPERS = new Set(['p', 'span', 'font', 'div', 'b', 'strong', 'em', 'i', 'u', 'center', 'small', 'big']);

/**
 * Where a value goes in an empty cell: inside the innermost wrapper element
 * that opens the cell (`<td><p><span>` → after `<span>`), before anything
 * else (an `<o:p>`, a `&nbsp;`, a closing tag). Null when the cell shows text.
 */
export function insertionPoint(html: string, td: HtmlTd): number | null {
  if (td.text !== '') return null;
  let at = td.open;
  for (;;) {
    let k = at;
    while (k < td.close && isSpace(html[k])) k++;
    const m = /^<([a-zA-Z][\w:-]*)\b[^>]*>/.exec(html.slice(k, Math.min(td.close, k + 2000)));
    if (!m || m[0].endsWith('/>') || !WRAPPERS.has(m[1].toLowerCase())) return at;
    at = k + m[0].length;
  }
}
