// Width and spacing normalisation used for matching labels and headings. The
// result is only ever compared, never shown or written back.

import { isAsciiDigitString } from './chars';
import { TextMemo } from './memo';

// Brackets, quotes and punctuation that compare equal to their ASCII form.
const BRACKETS: Record<string, string> = {
  '（': '(',
  '）': ')',
  '［': '(',
  '］': ')',
  '【': '(',
  '】': ')',
  '〔': '(',
  '〕': ')',
  '﹝': '(',
  '﹞': ')',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '＂': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '「': '"',
  '」': '"',
  '，': ',',
  '：': ':',
  '；': ';',
  '。': '.',
  '．': '.',
  '／': '/',
  '－': '-',
  '—': '-',
  '～': '~',
};

/** Full-width ASCII (U+FF01–FF5E) to half width; ideographic space and NBSP to space. */
function halfCode(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 || c === 0xa0 ? 0x20 : c;
}

/** Full-width ASCII (U+FF01–FF5E) to half width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  // Copy unchanged runs as slices: a per-character rebuild is far slower.
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const h = halfCode(c);
    if (h === c) continue;
    out += s.slice(last, i) + asciiChar(h);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function asciiChar(c: number): string {
  return c < 128 ? ASCII[c] : String.fromCharCode(c);
}

/**
 * Per code unit, what labelKey makes of it: 0 = kept as is, DROP = removed,
 * else the replacement. Half width first, then white space (exactly what /\s/
 * matches), pipes and zero-width marks dropped, then the BRACKETS mapping. One
 * table lookup per character instead of three regex passes with callbacks:
 * section bodies of several kilobytes are keyed too. Sparse writes only, so
 * building it costs nothing at startup.
 */
const DROP = 0xffff;
const KEY_MAP: Uint16Array = (() => {
  const map = new Uint16Array(0x10000);
  for (const [from, to] of Object.entries(BRACKETS)) map[from.charCodeAt(0)] = to.charCodeAt(0);
  const drops = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x7c, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b];
  for (let c = 0x2000; c <= 0x200a; c++) drops.push(c);
  for (const c of drops) map[c] = DROP;
  // Full-width forms key like their half-width counterparts ("［" → "[" → "(").
  for (let c = 0xff01; c <= 0xff5e; c++) map[c] = map[c - 0xfee0] || c - 0xfee0;
  return map;
})();

/**
 * Matching key: half width, brackets unified, all whitespace and table pipes
 * removed, 其它 → 其他. "自 然 人" and "自然人" get the same key.
 */
export function labelKey(s: string): string {
  return keys.get(s);
}

// Cells repeat endlessly ("0", "总计", row labels): memoised, bounded.
const keys = new TextMemo(computeKey, 200);

/**
 * A test for "labelKey(text) includes word" that builds the key of a long
 * text (a section body) only when it must: a word that is its own key and
 * holds no 它 occurs in the key wherever it occurs in the raw text, so a plain
 * includes() settles the common case.
 */
export function keyIncludes(text: string): (word: string) => boolean {
  let key: string | null = null;
  return (word) => {
    if (text.includes(word) && !word.includes('它') && computeKey(word) === word) return true;
    key ??= labelKey(text);
    return key.includes(word);
  };
}

function computeKey(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const m = KEY_MAP[s.charCodeAt(i)];
    if (m === 0) continue;
    out += s.slice(last, i);
    if (m !== DROP) out += asciiChar(m);
    last = i + 1;
  }
  if (last !== 0) out += s.slice(last);
  else out = s;
  return out.includes('其它') ? out.replace(/其它/g, '其他') : out;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 十九 → number; null when not a Chinese ordinal. */
export function chineseOrdinal(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null;
  if (s.length === 1) return CN_DIGITS[s] ?? null;
  if (s[0] === '十') {
    const u = CN_DIGITS[s[1]];
    return u && u < 10 && s.length === 2 ? 10 + u : null;
  }
  if (s.length === 2 && s[1] === '十') {
    const t = CN_DIGITS[s[0]];
    return t && t < 10 ? t * 10 : null;
  }
  return null;
}

export const CN_ORDINALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Parses a numeric cell text: half/full-width digits, grouping commas, sign. */
export function parseNumber(raw: string): number | null {
  // Fast path: most table cells are plain ASCII integers.
  if (raw.length > 0 && raw.length < 16 && isAsciiDigitString(raw)) return Number(raw);
  const t = toHalfWidth(raw).replace(/\s+/g, '');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  const v = Number(t.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}
