// What a cell is: a template label, a value (number, empty, placeholder, a
// number with a note), or other text (headers, notes, prose).

import type { Line, Seg } from '../cells';
import { labelKey, parseNumber } from '../../text/normalize';
import { GROUP_HEADERS, T2_BLOCKS, T3_COLUMNS, t3Rows, type BlockDef, type RowDef } from '../../template/tables';
import type { Generation } from '../../types';
import { TextMemo } from '../../text/memo';
import { isAsciiDigitString } from '../../text/chars';

// Markdown heading marks first: PDF→Markdown writes group labels as headings ("### (四) 无法提供").
const ORDINAL_PREFIX =
  /^[\s\u3000]*(?:#{1,6}[\s\u3000]+)?(?:[一二三四五六七八九十]{1,2}\s*[、.．,，]|[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)]|\d{1,2}\s*[.．、](?![\d０-９])|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;

const HEADING_MARKS = /^#{1,6}[\s\u3000]+/;

/** Label key without its ordinal ("（二）部分公开…" → "部分公开…"). */
export function strippedKey(text: string): { key: string; hasOrdinal: boolean } {
  const m = ORDINAL_PREFIX.exec(text);
  if (m) return { key: labelKey(text.slice(m[0].length)), hasOrdinal: true };
  const marks = text.charCodeAt(0) === 35 /* # */ ? HEADING_MARKS.exec(text) : null;
  return { key: labelKey(marks ? text.slice(marks[0].length) : text), hasOrdinal: false };
}

export const PLACEHOLDERS = new Set(['-', '--', '—', '——', '–', '/', '无', '空', '－', '／', '\\', '×', 'x', 'X', '*', '暂无', '没有', '零']);

export type ValueClass = 'number' | 'empty' | 'placeholder' | 'noted' | 'text';

const classes = new TextMemo(computeClass, 60);

export function valueClass(seg: Seg): ValueClass {
  if (seg.text === '') return 'empty';
  // Plain integers, the commonest cells, parse as numbers: no memo lookup for them.
  if (seg.text.length < 16 && isAsciiDigitString(seg.text)) return 'number';
  return classes.get(seg.text);
}

function computeClass(text: string): ValueClass {
  if (parseNumber(text) !== null) return 'number';
  if (PLACEHOLDERS.has(labelKey(text)) || PLACEHOLDERS.has(text)) return 'placeholder';
  // "3项(41笔)", "251000元": a number with a unit or a note.
  if (/^[-+]?[0-9０-９]/.test(text) && text.length <= 30) return 'noted';
  return 'text';
}

/** The leading number of a noted cell ("3项(41笔)" → 3). */
export function leadingNumber(text: string): number | null {
  const m = /^[-+]?[0-9０-９][0-9０-９,，.．]*/.exec(text);
  return m ? parseNumber(m[0].replace(/[，]/g, ',')) : null;
}

/**
 * A sentence, not a row label: it ends a clause (。；), states a count
 * ("申请2件"), or has a comma outside the label's parenthesised note.
 * ("上年结转政府信息公开申请2件。", "其中，予以公开及部分公开…").
 */
export function isProseText(text: string): boolean {
  return proseTexts.get(text);
}

const proseTexts = new TextMemo<boolean>(computeProse);

function computeProse(text: string): boolean {
  if (/[。；;]/.test(text)) return true;
  const bare = text.replace(/[（(][^（()）]*(?:[）)]|$)/g, '');
  if (/[，,]/.test(bare)) return true;
  return /[0-9０-９]\s*(?:件|条|个|项|次|人次|人|家|篇)/.test(bare);
}

/** Column headers of table 三: never row labels, however a page break repeats them. */
export const T3_HEADER_KEYS: ReadonlySet<string> = new Set([...T3_COLUMNS.flatMap((c) => c.keys), ...GROUP_HEADERS.t3].map(labelKey));

export function isT3HeaderWord(text: string): boolean {
  return text.length <= 24 && T3_HEADER_KEYS.has(labelKey(text));
}

/** Column headers a PDF→Markdown converter writes when it does not know them ("| 类别 | 数据1 | … |"). */
const GENERIC_HEADER = /^(?:数据\s*\d{1,2}|类别|项目|数据项目)$/;

/**
 * A separated line of table 三's column headers: four or more text cells, no
 * value among them, at least one a header word. Such a line repeats row words
 * ("| 项目 | 本年新收件数 | 予以公开 | … | 结转下年度 | 总计 |") that are not rows.
 */
export function isT3HeaderLine(line: Line): boolean {
  if (!line.separated || line.segs.length < 4) return false;
  let texts = 0;
  let header = false;
  for (const seg of line.segs) {
    if (seg.text === '') continue;
    if (valueClass(seg) !== 'text') return false;
    texts++;
    if (!header) header = isT3HeaderWord(seg.text) || GENERIC_HEADER.test(labelKey(seg.text));
  }
  return texts >= 4 && header;
}

// ------------------------------------------------------------ table 三 labels

const T3_ALL = t3Rows(null);
const T3_KEYS = T3_ALL.map((r) => r.keys.map(labelKey));
const WEAK_KEYS = new Set<string>(['其他', '总计']);

/** Weak rows: every key is one of WEAK_KEYS. */
const T3_WEAK = T3_KEYS.map((keys) => keys.every((k) => WEAK_KEYS.has(k)));

/**
 * Rows a label text can name, before template order is considered: index * 2,
 * plus 1 for a weak row (its key must equal, not just start, the label key).
 */
const t3Candidates = new TextMemo<number[]>((text) => {
  const out: number[] = [];
  const { key } = strippedKey(text);
  if (key.length < 2) return out;
  const ord = ordinalOf(text);
  for (let i = 0; i < T3_ALL.length; i++) {
    const keys = T3_KEYS[i];
    if (T3_WEAK[i]) {
      if (keys.includes(key)) out.push(i * 2 + 1);
    } else if (keys.some((k) => key.startsWith(k))) out.push(i * 2);
    // A label cut short under its own ordinal ("(六) 其他" for （六）其他处理) names the row the ordinal names.
    else if (ord !== null && ord === T3_ORDINALS[i] && keys.some((k) => k.startsWith(key))) out.push(i * 2);
  }
  return out;
});

/** A label's ordinal in one spelling ("（六）", "(六) ", "### (六)" → "(六)"; "1. " → "1."), null when none. */
export function ordinalOf(text: string): string | null {
  const m = ORDINAL_PREFIX.exec(text);
  if (!m) return null;
  return m[0]
    .replace(/^[\s\u3000]*(?:#{1,6}[\s\u3000]+)?/, '')
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/．/g, '.');
}

const T3_ORDINALS = T3_ALL.map((r) => ordinalOf(r.label.zh));

/**
 * The label as the template words it, up to punctuation: a converter writes
 * "逾期不补正, 行政机关" for "逾期不补正、行政机关". Such a label has a comma
 * (so it reads as a sentence) and is still the row's label.
 */
export function isT3Wording(text: string, i: number): boolean {
  const key = strippedKey(text.replace(/[\s\u3000]*[,，][\s\u3000]*/g, '、')).key;
  return key === T3_LABEL_KEYS[i];
}

const T3_LABEL_KEYS = T3_ALL.map((r) => strippedKey(r.label.zh).key);

/**
 * A group label a PDF extraction broke over lines and interleaved with its
 * neighbours ("（四）无" … "法提供"; "三、本法提供" … "年度办"): its ordinal and
 * the first character of its title begin a text cell. Index of the group, -1 when none.
 */
export function t3GroupFragment(text: string): number {
  if (text.length > 24) return -1;
  const ord = ordinalOf(text);
  if (ord === null) return -1;
  const { key } = strippedKey(text);
  if (key.length === 0) return -1;
  for (let i = 0; i < T3_ALL.length; i++) {
    if (T3_ALL[i].group && T3_ORDINALS[i] === ord && T3_LABEL_KEYS[i].startsWith(key[0])) return i;
  }
  return -1;
}

export function t3Count(): number {
  return T3_ALL.length;
}

/**
 * Matches a table 三 row label. Numbered sub-items repeat ("1." four times),
 * so rows are identified by text and by template order: the first candidate
 * after the last matched row wins. Two-character keys (其他, 总计) are also
 * column headers, so they only count right after their neighbours.
 */
export function matchT3(text: string, lastIdx: number): number {
  if (text.length > 120) return -1;
  const cands = t3Candidates.get(text);
  let fallback = -1;
  for (const c of cands) {
    const i = c >> 1;
    if ((c & 1) === 1 && !(lastIdx >= 0 && i - lastIdx <= 6 && i > lastIdx)) continue;
    if (i > lastIdx) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

/** Could name some table 三 row, wherever it stands (glued.ts: a label a digit run follows). */
export function isT3LabelText(text: string): boolean {
  return text.length <= 120 && t3Candidates.get(text).length > 0;
}

export function t3Def(i: number): RowDef {
  return T3_ALL[i];
}

// ------------------------------------------------------------ table 二 labels

const BLOCK_RE = /^第二十条第\((.{1,2})\)项/;
const BLOCK_IDS: Record<string, string> = { 一: 'b1', 五: 'b5', 六: 'b6', 八: 'b8', 九: 'b9' };

export function matchBlockHeader(text: string): string | null {
  if (text.length > 40) return null;
  const m = BLOCK_RE.exec(labelKey(text));
  return m ? (BLOCK_IDS[m[1]] ?? null) : null;
}

export function blockDef(id: string, gen: Generation): BlockDef | undefined {
  return T2_BLOCKS[gen].find((b) => b.id === id);
}

/** A table 二 row label: the block (if none is open, any block) and row def. */
const ROW_KEYS: { key: string; block: string; row: RowDef }[] = (['2021', '2019'] as Generation[]).flatMap((gen) =>
  T2_BLOCKS[gen].flatMap((b) => b.rows.flatMap((row) => row.keys.map((k) => ({ key: labelKey(k), block: b.id, row })))),
);

/** Indexes into ROW_KEYS of the keys a label text starts with, in order. */
const t2Candidates = new TextMemo<number[]>((text) => {
  const out: number[] = [];
  const { key } = strippedKey(text);
  if (key.length < 2) return out;
  for (let i = 0; i < ROW_KEYS.length; i++) if (key.startsWith(ROW_KEYS[i].key)) out.push(i);
  return out;
});

export function matchT2Row(text: string, block: string | null): { block: string; row: RowDef } | null {
  if (text.length > 300) return null;
  const cands = t2Candidates.get(text);
  if (cands.length === 0) return null;
  // The open block's row first; failing that, any block's.
  let hit = cands[0];
  if (block) {
    const own = cands.find((i) => ROW_KEYS[i].block === block);
    if (own !== undefined) hit = own;
  }
  const r = ROW_KEYS[hit];
  return { block: r.block, row: r.row };
}

/** Column header evidence for a block's generation. */
// 处理决定数量 (2019) is a suffix of 本年处理决定数量 (2021): startsWith keeps them apart.
const COLUMN_KEYS: { key: string; gen: Generation }[] = (['2021', '2019'] as Generation[]).flatMap((gen) =>
  T2_BLOCKS[gen].flatMap((b) => b.columns.flatMap((c) => c.keys.map((k) => ({ key: labelKey(k), gen })))),
);

export function columnGeneration(text: string): Generation | null {
  if (text.length < 3 || text.length > 200) return null;
  return columnGenerations.get(text);
}

const columnGenerations = new TextMemo<Generation | null>((text) => {
  const key = labelKey(text);
  for (const c of COLUMN_KEYS) if (key.startsWith(c.key)) return c.gen;
  return null;
});

export function isInfoContentHeader(text: string): boolean {
  return labelKey(text) === '信息内容';
}
