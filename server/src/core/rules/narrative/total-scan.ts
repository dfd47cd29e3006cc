// The "共N条，其中…" pattern of narrative-sum-mismatch, found faster than by
// one regex. As a single global regex it reads
//
//   (?:共计?|总计|合计)\s*(DIGITS)\s*(UNIT)(?![余多])                  alt 1
//   | (DIGITS)\s*(UNIT)(?=[，,：:]\s*(?:其中|包括|分别为|分别是))        alt 2
//
// and the engine tries alt 2 at every digit of the text. Here alt 1 stays a
// regex (it opens with literals, which the engine skips to quickly) and alt 2
// is found backwards from its rare list markers. The result is exactly the
// combined regex's: the alternatives start on different characters (共/总/合
// against a digit), alt 2 can only start where a digit run starts (its tail
// after the run is the same from any digit of it), and no match ends inside a
// digit run, so merging the two lists by position with the regex's
// "continue after the last match" rule gives the same matches in order.

import { isDigitCode, isRegexSpaceCode } from '../../text/chars';

const UNITS = ['人次', '件', '条', '项', '个', '篇', '期', '次', '家', '人', '份'];
const UNIT = `(?:${UNITS.join('|')})`;
const ALT1 = new RegExp(`(?:共计?|总计|合计)\\s*([0-9０-９]+)\\s*(${UNIT})(?![余多])`, 'g');
const MARKERS = ['其中', '包括', '分别为', '分别是'];

interface Alt2 {
  index: number;
  end: number;
  digits: string;
  unit: string;
}

/** ，,：: */
function isListPunct(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a;
}

/** Every alt 2 match in s, by position (independent of where a scan stands). */
function alt2Matches(s: string): Alt2[] {
  const out: Alt2[] = [];
  for (const marker of MARKERS) {
    for (let w = s.indexOf(marker); w !== -1; w = s.indexOf(marker, w + 1)) {
      // [，,：:]\s* right before the marker…
      let a = w;
      while (a > 0 && isRegexSpaceCode(s.charCodeAt(a - 1))) a--;
      if (a === 0 || !isListPunct(s.charCodeAt(a - 1))) continue;
      const end = a - 1;
      // …a unit right before that, \s* and a digit run before the unit. At most one
      // unit fits: two would need both a list mark and 次 right after 人.
      for (const unit of UNITS) {
        const u = end - unit.length;
        if (u < 0 || !s.startsWith(unit, u)) continue;
        let q = u;
        while (q > 0 && isRegexSpaceCode(s.charCodeAt(q - 1))) q--;
        let p = q;
        while (p > 0 && isDigitCode(s.charCodeAt(p - 1))) p--;
        if (p < q) out.push({ index: p, end, digits: s.slice(p, q), unit });
      }
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/**
 * Stands in for the global regex above: the same exec()/lastIndex protocol
 * (what proseMatches drives), the same groups (1, 2 for alt 1; 3, 4 for alt 2).
 */
export class TotalScanner {
  lastIndex = 0;
  private subject: string | null = null;
  private alt2: Alt2[] = [];
  private k = 0;
  /** The first alt 1 match at or after `m1From` (null: none). */
  private m1: RegExpExecArray | null = null;
  private m1From = -1;

  exec(s: string): RegExpExecArray | null {
    const from = this.lastIndex;
    if (s !== this.subject || from === 0) {
      this.subject = s;
      this.alt2 = alt2Matches(s);
      this.k = 0;
      this.m1From = -1;
    }
    if (this.m1From < 0 || this.m1From > from || (this.m1 !== null && this.m1.index < from)) {
      ALT1.lastIndex = from;
      this.m1 = ALT1.exec(s);
      this.m1From = from;
    }
    while (this.k < this.alt2.length && this.alt2[this.k].index < from) this.k++;
    const m1 = this.m1;
    const c = this.k < this.alt2.length ? this.alt2[this.k] : null;
    if (m1 !== null && (c === null || m1.index < c.index)) {
      this.lastIndex = m1.index + m1[0].length;
      return m1;
    }
    if (c === null) {
      this.lastIndex = 0;
      return null;
    }
    const m = [s.slice(c.index, c.end), undefined, undefined, c.digits, c.unit] as unknown as RegExpExecArray;
    m.index = c.index;
    m.input = s;
    this.lastIndex = c.end;
    return m;
  }
}
