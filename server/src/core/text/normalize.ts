// Width and spacing normalisation used for matching labels and headings. The
// result is only ever compared, never shown or written back.

const BRACKETS: Record<string, string> = {
  '（': '(', '）': ')', '［': '(', '］': ')', '【': '(', '】': ')', '〔': '(', '〕': ')', '﹝': '(', '﹞': ')',
  '[': '(', ']': ')', '{': '(', '}': ')',
  '＂': '"', '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"',
  '，': ',', '：': ':', '；': ';', '。': '.', '．': '.', '、': '、', '／': '/', '－': '-', '—': '-', '～': '~',
  '其它': '其他',
};

/** Full-width ASCII (U+FF01–FF5E) to half width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000\u00a0]/.test(s)) return s;
  return s.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0xff01 ? String.fromCharCode(c - 0xfee0) : ' ';
  });
}

/**
 * Matching key: half width, brackets unified, all whitespace and table pipes
 * removed, 其它 → 其他. "自 然 人" and "自然人" get the same key.
 */
export function labelKey(s: string): string {
  if (s.length > 200) return computeKey(s);
  let k = keyCache.get(s);
  if (k === undefined) {
    // Cells repeat endlessly ("0", "总计", row labels): memoise, bounded.
    if (keyCache.size > 20_000) keyCache.clear();
    k = computeKey(s);
    keyCache.set(s, k);
  }
  return k;
}

const keyCache = new Map<string, string>();

const DROP = /[\s|\u200b\ufeff]+/g;
const MAPPED = /[（）［］【】〔〕﹝﹞\[\]{}＂“”‘’「」，：；。．／－—～]/g;

function computeKey(s: string): string {
  // Regex passes beat a char-by-char rebuild on long bodies (section texts run to kilobytes).
  const out = toHalfWidth(s).replace(DROP, '').replace(MAPPED, (ch) => BRACKETS[ch] ?? ch);
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
  if (raw.length > 0 && raw.length < 16 && /^\d+$/.test(raw)) return Number(raw);
  const t = toHalfWidth(raw).replace(/\s+/g, '');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  const v = Number(t.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}
