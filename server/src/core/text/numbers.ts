// Number tokens ("chains") shared by the number rules.
//
// A chain is a maximal run of digits (half or full width) joined by single
// separators . ． , ， — "2021", "22.1", "3,474,675.89", "3，474，675",
// "2019.3.13". The scan is one linear pass with charCodeAt (no regex, no
// backtracking), memoised on the last text so the rules of one lint share it.
// Rules then look at the characters around a chain (units, scale words,
// context) with charCodeAt, and only split a chain (chainShape) when its
// separator counts say it matters.

import { isDigitCode, toAsciiDigits } from './chars';

export interface NumberChain {
  /** Offsets in the scanned text, half-open. */
  start: number;
  end: number;
  /** The chain as written (full-width characters kept). */
  raw: string;
  /** Number of decimal points (. or ．) and commas (, or ，) inside. */
  dots: number;
  commas: number;
  /** True when the chain holds a full-width digit or point. */
  fullwidth: boolean;
}

/**
 * The chains of one text, stored as parallel arrays of small integers (no
 * object per chain: a 1 MB line of "1 1 1 …" has 500,000 of them). Rules test
 * the cheap fields first and materialise a NumberChain with at(k) only for the
 * few chains that matter.
 */
export class ChainList {
  /** Four ints per chain: start, end, dots, commas | (fullwidth << 30). */
  private buf = new Int32Array(256);
  private n = 0;
  constructor(readonly text: string) {}
  /** @internal used by the scanner */
  push(start: number, end: number, dots: number, commas: number, fullwidth: boolean): void {
    if ((this.n + 1) * 4 > this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    const o = this.n * 4;
    this.buf[o] = start;
    this.buf[o + 1] = end;
    this.buf[o + 2] = dots;
    this.buf[o + 3] = Math.min(commas, 0x3fffffff) | (fullwidth ? 0x40000000 : 0);
    this.n++;
  }
  get length(): number {
    return this.n;
  }
  start(k: number): number {
    return this.buf[k * 4];
  }
  end(k: number): number {
    return this.buf[k * 4 + 1];
  }
  dots(k: number): number {
    return this.buf[k * 4 + 2];
  }
  commas(k: number): number {
    return this.buf[k * 4 + 3] & 0x3fffffff;
  }
  fullwidth(k: number): boolean {
    return (this.buf[k * 4 + 3] & 0x40000000) !== 0;
  }
  raw(k: number): string {
    return this.text.slice(this.start(k), this.end(k));
  }
  at(k: number): NumberChain {
    return {
      start: this.start(k),
      end: this.end(k),
      raw: this.raw(k),
      dots: this.dots(k),
      commas: this.commas(k),
      fullwidth: this.fullwidth(k),
    };
  }
  /**
   * Index of the chain starting exactly at offset, or -1. `from` is where to
   * start looking (callers pass the chain after the current one).
   */
  startingAt(from: number, offset: number): number {
    for (let k = from; k < this.n; k++) {
      const s = this.buf[k * 4];
      if (s === offset) return k;
      if (s > offset) return -1;
    }
    return -1;
  }
}

function sepKind(c: number): 0 | 1 | 2 {
  if (c === 0x2e || c === 0xff0e) return 1; // point
  if (c === 0x2c || c === 0xff0c) return 2; // comma
  return 0;
}

/** All number chains of text, in order (shared through TextScans, see scans.ts). */
export function scanNumberChains(text: string): ChainList {
  const out = new ChainList(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isDigitCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let dots = 0;
    let commas = 0;
    let fullwidth = false;
    for (;;) {
      while (i < n) {
        c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) i++;
        else if (c >= 0xff10 && c <= 0xff19) {
          fullwidth = true;
          i++;
        } else break;
      }
      if (i + 1 >= n) break;
      const kind = sepKind(text.charCodeAt(i));
      if (kind === 0 || !isDigitCode(text.charCodeAt(i + 1))) break;
      if (kind === 1) {
        dots++;
        if (text.charCodeAt(i) === 0xff0e) fullwidth = true;
      } else commas++;
      i++;
    }
    out.push(start, i, dots, commas, fullwidth);
  }
  return out;
}

export interface ChainShape {
  /** Digit runs, converted to ASCII digits. */
  parts: string[];
  /** Separators between parts, as written (one per gap). */
  seps: string[];
  /** Number of decimal points (. or ．). */
  dots: number;
  /** Number of commas (, or ，). */
  commas: number;
}

const SEP_RE = /[.,\uff0e\uff0c]/g;
const DOT_RE = /[.\uff0e]/g;

export function chainShape(raw: string): ChainShape {
  const seps = raw.match(SEP_RE) ?? [];
  if (seps.length === 0) return { parts: [toAsciiDigits(raw)], seps, dots: 0, commas: 0 };
  const parts = raw.split(SEP_RE).map(toAsciiDigits);
  const dots = (raw.match(DOT_RE) ?? []).length;
  return { parts, seps, dots, commas: seps.length - dots };
}

/** A plain integer chain ("2021", "２０２１"): no separators. */
export function isPlainInteger(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isDigitCode(raw.charCodeAt(i))) return false;
  return raw.length > 0;
}

/** Value of a plain integer chain (either width); NaN otherwise. */
export function integerValue(raw: string): number {
  return isPlainInteger(raw) ? Number(toAsciiDigits(raw)) : NaN;
}

// ---------------------------------------------------------------------------
// Units and scale words

/** Units of counted things: a count written with them must be a whole number. */
export const COUNT_UNITS: readonly string[] = ['人次', '件', '条', '项', '次', '人', '个', '篇', '期', '家'];

/**
 * Words after a number that look like a count unit but are not one (or are
 * legitimately fractional): 1.5个百分点, 2.5个月, 1.5个工作日, 人均 …
 */
export const COUNT_UNIT_FALSE_FRIENDS: readonly string[] = [
  '个百分点',
  '个点',
  '个月',
  '个小时',
  '个工作日',
  '个季度',
  '个星期',
  '个年度',
  '个自然日',
  '个单位',
  '人均',
  '次方',
  '件套',
  '条例',
];

/** Things written right after a number from which a space must be removed. */
export const SPACE_UNITS: readonly string[] = [
  '人次',
  '万元',
  '亿元',
  '年',
  '月',
  '日',
  '号',
  '件',
  '条',
  '项',
  '次',
  '人',
  '个',
  '篇',
  '期',
  '家',
  '万',
  '亿',
  '元',
  '余',
  '%',
  '％',
  '名',
  '位',
  '笔',
];

export function isScaleCode(c: number): boolean {
  return c === 0x4e07 /* 万 */ || c === 0x4ebf; /* 亿 */
}

const FIRST_CHARS = new WeakMap<readonly string[], Set<number>>();

/** The longest word of `words` found at text[i], or null. */
export function wordAt(text: string, i: number, words: readonly string[]): string | null {
  let first = FIRST_CHARS.get(words);
  if (!first) {
    first = new Set(words.map((w) => w.charCodeAt(0)));
    FIRST_CHARS.set(words, first);
  }
  if (!first.has(text.charCodeAt(i))) return null;
  let best: string | null = null;
  for (const w of words) {
    if ((best === null || w.length > best.length) && text.startsWith(w, i)) best = w;
  }
  return best;
}

// ---------------------------------------------------------------------------
// Exact decimal arithmetic for conversions (no floating point surprises)

/** A non-negative decimal as numerator / 10^scale. */
export interface Dec {
  n: bigint;
  scale: number;
}

export function parseDec(ascii: string): Dec | null {
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(ascii)) return null;
  const dot = ascii.indexOf('.');
  if (dot === -1) return { n: BigInt(ascii), scale: 0 };
  return { n: BigInt(ascii.slice(0, dot) + ascii.slice(dot + 1)), scale: ascii.length - dot - 1 };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(s - a.scale), b.n * 10n ** BigInt(s - b.scale), s];
}

export function decAdd(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x + y, scale: s };
}

export function decMulInt(a: Dec, k: bigint): Dec {
  return { n: a.n * k, scale: a.scale };
}

/** a / 10^k */
export function decShift(a: Dec, k: number): Dec {
  return { n: a.n, scale: a.scale + k };
}

export function decFormat(a: Dec): string {
  let digits = a.n.toString();
  if (a.scale === 0) return digits;
  if (digits.length <= a.scale) digits = '0'.repeat(a.scale - digits.length + 1) + digits;
  let int = digits.slice(0, digits.length - a.scale);
  let frac = digits.slice(digits.length - a.scale);
  frac = frac.replace(/0+$/, '');
  if (int === '') int = '0';
  return frac ? `${int}.${frac}` : int;
}
