// Where the tables are: a table starts at the first line carrying one of its
// anchor labels and runs to the next section heading or another table's anchor.

import type { Line, Seg } from '../cells';
import type { TableKind } from '../../template/tables';
import { labelKey } from '../../text/normalize';
import { TextMemo } from '../../text/memo';
import { isAsciiDigitString } from '../../text/chars';
import { columnGeneration, isInfoContentHeader, isProseText, matchBlockHeader, strippedKey } from './classify';
import { unglue } from './glued';

const T3_ANCHORS = ['本年新收', '上年结转', '本年度办理结果', '结转下年度'];
const T4_ANCHORS = new Set(['行政复议', '行政诉讼', '结果维持', '未经复议直接起诉', '复议后起诉', '尚未审结', '结果纠正']);

export function anchorKind(line: Line): TableKind | null {
  if (line.blank || line.rule) return null;
  for (const seg of line.segs) {
    const t = seg.text;
    if (t.length > 120 && gluedTable(seg)) return 't3';
    if (t.length === 0 || t.length > 120) continue;
    // Past 60 characters only a 勾稽关系 note anchors: skip the memo for prose
    // (and for plain numbers, the commonest cells, which never anchor).
    if (t.length > 60 ? !t.includes('勾') : isAsciiDigitString(t)) continue;
    const kind = segAnchors.get(t);
    if (kind) return kind;
  }
  return null;
}

/** A whole table 三 on one line with its separators lost: its first and last row labels, glued to digits. */
function gluedTable(seg: Seg): boolean {
  const t = seg.text;
  return t.includes('本年新收') && t.includes('结转下年度') && unglue(seg) !== null;
}

/** A cell's anchor: the whole text, else its first space-separated token that is one. */
const segAnchors = new TextMemo<TableKind | null>((t) => {
  const kind = textAnchor(t);
  if (kind) return kind;
  // PDF extractions separate header cells by spaces only; a sentence ("（含上年结转 189 件），…") is no header.
  if (t.length <= 60 && /\s/.test(t) && !isProseText(t)) {
    for (const tok of t.split(/\s+/)) {
      const k = tok ? textAnchor(tok) : null;
      if (k) return k;
    }
  }
  return null;
});

/** Cell texts repeat endlessly across a document ("0", labels): memoise, bounded. */
const anchors = new TextMemo<TableKind | null>(computeAnchor);

function textAnchor(t: string): TableKind | null {
  if (t.length === 0 || t.length > 120) return null;
  return anchors.get(t);
}

function computeAnchor(t: string): TableKind | null {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^[\d.,\s-]*$/.test(t)) return null;
  const key = labelKey(t);
  if (key.includes('勾稽关系') && key.length < 80) return 't3';
  if (t.length > 60) return null;
  if (key === '申请人情况') return 't3';
  const { key: sk } = strippedKey(t);
  if (T3_ANCHORS.some((a) => sk.startsWith(a)) && sk.length <= 30 && !isProseText(t)) return 't3';
  if (matchBlockHeader(t) || isInfoContentHeader(t) || columnGeneration(t)) return 't2';
  if (T4_ANCHORS.has(key) || gluedT4(key)) return 't4';
  return null;
}

/** Longest first: 复议后起诉 holds no other word, 未经复议直接起诉 must go before 行政复议 could match inside it. */
const T4_GLUED = ['未经复议直接起诉', '复议后起诉', '行政复议', '行政诉讼'];

/** Table 四's group headers run together by a PDF extraction ("行政复议行政诉讼", "未经复议直接起诉复议后起诉"). */
function gluedT4(key: string): boolean {
  if (key.length < 8 || key.length > 40) return false;
  let rest = key;
  let n = 0;
  for (const w of T4_GLUED) {
    if (!rest.includes(w)) continue;
    n++;
    rest = rest.split(w).join('');
  }
  return n >= 2 && rest === '';
}

export interface Region {
  kind: TableKind;
  from: number;
  /** Exclusive line index. */
  to: number;
}

export function locateRegions(lines: Line[], headingLines: Set<number>): Region[] {
  const regions: Region[] = [];
  const n = lines.length;
  // Heading lines are never anchors and always end a region.
  const heading = new Uint8Array(n);
  for (const h of headingLines) if (h >= 0 && h < n) heading[h] = 1;
  const kinds: (TableKind | null)[] = new Array(n);
  for (let k = 0; k < n; k++) kinds[k] = heading[k] === 1 ? null : anchorKind(lines[k]);
  let i = 0;
  while (i < n) {
    const kind = kinds[i];
    if (!kind) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      if (heading[j] === 1) break;
      const other = kinds[j];
      if (other && other !== kind) break;
    }
    regions.push({ kind, from: i, to: j });
    i = j;
  }
  return regions;
}
