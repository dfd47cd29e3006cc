// Character classes shared by the number and punctuation rules. All functions
// take UTF-16 code units (or a text + index) and never allocate.

/** CJK ideograph code unit (BMP blocks, 〇, and lead surrogates of planes 2–3). */
export function isCjkIdeographCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || (c >= 0xd840 && c <= 0xd8bf);
}

/**
 * CJK punctuation: the CJK symbols block (、。〈〉《》「」『』【】〔〕…), full-width
 * forms (！（），：；？ …), vertical/small forms (﹝﹞), and the quotes, dashes and
 * ellipsis that Chinese text shares with Western typography (“ ” ‘ ’ — …).
 */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0xfe10 && c <= 0xfe1f) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2015 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}

/** True when text[i] is a CJK ideograph or CJK punctuation (surrogate-aware). */
export function isCjkAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const h = i > 0 ? text.charCodeAt(i - 1) : 0;
    return h >= 0xd840 && h <= 0xd8bf;
  }
  return isCjkIdeographCode(c) || isCjkPunctCode(c);
}

/** True when text[i] is a CJK ideograph (not punctuation). */
export function isIdeographAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const h = i > 0 ? text.charCodeAt(i - 1) : 0;
    return h >= 0xd840 && h <= 0xd8bf;
  }
  return isCjkIdeographCode(c);
}

/** Inline white space (never a line break): space, tab, NBSP, ideographic and thin spaces. */
export function isInlineSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

export function isAsciiDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isFullwidthDigitCode(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** Half- or full-width decimal digit. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnumCode(c: number): boolean {
  return isAsciiDigitCode(c) || isAsciiLetterCode(c);
}

/**
 * Index of the nearest character before i that is not inline white space, or -1
 * when a line break or the start of the text comes first.
 */
export function prevNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    if (isLineBreakCode(c)) return -1;
    if (!isInlineSpaceCode(c)) return k;
    k--;
  }
  return -1;
}

/**
 * Index of the nearest character at or after i that is not inline white space,
 * or -1 when a line break or the end of the text comes first.
 */
export function nextNonSpace(text: string, i: number): number {
  let k = i;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isLineBreakCode(c)) return -1;
    if (!isInlineSpaceCode(c)) return k;
    k++;
  }
  return -1;
}

/** End of the run of inline spaces starting at i (i itself when there is none). */
export function skipInlineSpaces(text: string, i: number): number {
  let k = i;
  while (k < text.length && isInlineSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** Full-width digits ０–９ and the full-width point ． to ASCII; other chars unchanged. */
export function toAsciiDigits(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && !isFwNumberCode(s.charCodeAt(i))) i++;
  if (i === n) return s;
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    codes[k] = c === 0xff0e ? 0x2e : isFullwidthDigitCode(c) ? c - 0xfee0 : c;
  }
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192)));
  return out;
}

function isFwNumberCode(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || c === 0xff0e;
}

/** A snippet for messages: long texts are shortened in the middle. */
export function clip(s: string, max = 40): string {
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return s.slice(0, head) + '…' + s.slice(s.length - tail);
}

/** Exactly the code units a regex \s matches (ECMAScript WhiteSpace and LineTerminator). */
export function isRegexSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Every code unit is an ASCII digit (true for ""; callers check the length). */
export function isAsciiDigitString(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
