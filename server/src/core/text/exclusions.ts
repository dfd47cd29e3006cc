// Spans of text where punctuation and number rules must not look: URLs,
// e-mail addresses, HTML entities written as text, clock times (09:20) and ISO
// dates (2022-01-24). Every scanner is linear: regexes only with bounded
// quantifiers, or a trigger character followed by a bounded manual expansion.

import { isAsciiAlnumCode } from './chars';

export interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping spans with O(log n) membership queries. */
export class SpanSet {
  private readonly starts: number[];
  private readonly ends: number[];
  constructor(spans: Span[]) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const s of sorted) {
      const last = ends.length - 1;
      if (last >= 0 && s.start <= ends[last]) {
        if (s.end > ends[last]) ends[last] = s.end;
      } else {
        starts.push(s.start);
        ends.push(s.end);
      }
    }
    this.starts = starts;
    this.ends = ends;
  }
  get size(): number {
    return this.starts.length;
  }
  /** True when offset lies inside one of the spans. */
  has(offset: number): boolean {
    const k = this.indexBefore(offset);
    return k >= 0 && offset < this.ends[k];
  }
  /** True when [start, end) intersects one of the spans. */
  intersects(start: number, end: number): boolean {
    if (end <= start) return this.has(start);
    const k = this.indexBefore(end - 1);
    return k >= 0 && this.ends[k] > start;
  }
  /** Index of the last span starting at or before offset, or -1. */
  private indexBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

const URL_TRIGGER = /(?:https?|ftp):\/\/|www\./gi;
const ENTITY_RE = /&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
const TIME_RE = /(?<![0-9])[0-9]{1,2}[:\uff1a][0-5][0-9](?:[:\uff1a][0-5][0-9])?(?![0-9])/g;
const ISO_DATE_RE = /(?<![0-9])[12][0-9]{3}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])/g;

/** URL characters: printable ASCII except the ones that end a URL in prose. */
function isUrlCode(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== 0x3c /* < */ && c !== 0x3e /* > */ && c !== 0x22; /* " */
}

function isEmailLocalCode(c: number): boolean {
  return isAsciiAlnumCode(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isEmailDomainCode(c: number): boolean {
  return isAsciiAlnumCode(c) || c === 0x2e || c === 0x2d;
}

/** URLs: from the scheme (or www.) over URL characters, minus trailing punctuation. */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  URL_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = 0;
  while ((m = URL_TRIGGER.exec(text)) !== null) {
    const start = m.index;
    if (start < covered) continue;
    const min = start + m[0].length;
    let end = min;
    while (end < text.length && end - start < 4096 && isUrlCode(text.charCodeAt(end))) end++;
    // Trailing prose punctuation is not part of the URL; a ')' or ']' only when unbalanced.
    const seg = text.slice(start, end);
    let parens = count(seg, ')') - count(seg, '(');
    let squares = count(seg, ']') - count(seg, '[');
    while (end > min) {
      const last = text.charCodeAt(end - 1);
      if (last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a || last === 0x21 || last === 0x3f || last === 0x27) {
        end--;
      } else if (last === 0x29 && parens > 0) {
        parens--;
        end--;
      } else if (last === 0x5d && squares > 0) {
        squares--;
        end--;
      } else break;
    }
    if (end > start + m[0].length) out.push({ start, end });
    covered = end;
    URL_TRIGGER.lastIndex = Math.max(URL_TRIGGER.lastIndex, end);
  }
  return out;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** E-mail addresses, found from each '@' with bounded expansion both ways. */
export function emailSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = text.indexOf('@');
  let covered = 0;
  while (at !== -1) {
    let s = at;
    while (s > covered && at - s < 64 && isEmailLocalCode(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 256 && isEmailDomainCode(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x2d)) e--;
    const domain = text.slice(at + 1, e);
    if (s < at && domain.includes('.') && !domain.startsWith('.')) {
      out.push({ start: s, end: e });
      covered = e;
    }
    at = text.indexOf('@', Math.max(at + 1, e));
  }
  return out;
}

function regexSpans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function entitySpans(text: string): Span[] {
  return text.indexOf('&') === -1 ? [] : regexSpans(ENTITY_RE, text);
}

/** Clock times 9:20, 09:20:05 (half- or full-width colon), not inside longer digit runs. */
export function timeSpans(text: string): Span[] {
  return regexSpans(TIME_RE, text);
}

/** ISO dates 2022-01-24 (also 2022-1-4). Validity is date-invalid's business. */
export function isoDateSpans(text: string): Span[] {
  return regexSpans(ISO_DATE_RE, text);
}

/** Everything the punctuation and grouping rules skip (shared through TextScans). */
export function exclusionSet(text: string): SpanSet {
  const set = new SpanSet([...urlSpans(text), ...emailSpans(text), ...entitySpans(text), ...timeSpans(text), ...isoDateSpans(text)]);
  return set;
}
