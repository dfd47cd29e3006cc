// Where the tables are: a table starts at the first line carrying one of its
// anchor labels and runs to the next section heading or another table's anchor.

import type { Line } from '../cells';
import type { TableKind } from '../../template/tables';
import { labelKey } from '../../text/normalize';
import { columnGeneration, isInfoContentHeader, matchBlockHeader, strippedKey } from './classify';

const T3_ANCHORS = ['本年新收', '上年结转', '本年度办理结果', '结转下年度'];
const T4_ANCHORS = new Set(['行政复议', '行政诉讼', '结果维持', '未经复议直接起诉', '复议后起诉', '尚未审结', '结果纠正']);

export function anchorKind(line: Line): TableKind | null {
  if (line.blank || line.rule) return null;
  for (const seg of line.segs) {
    const kind = textAnchor(seg.text);
    if (kind) return kind;
    // PDF extractions separate header cells by spaces only.
    if (seg.text.length <= 60 && /\s/.test(seg.text)) {
      for (const tok of seg.text.split(/\s+/)) {
        const k = tok ? textAnchor(tok) : null;
        if (k) return k;
      }
    }
  }
  return null;
}

const anchorCache = new Map<string, TableKind | null>();

/** Cell texts repeat endlessly across a document ("0", labels): memoise, bounded. */
function textAnchor(t: string): TableKind | null {
  if (t.length === 0 || t.length > 120) return null;
  let hit = anchorCache.get(t);
  if (hit === undefined) {
    if (anchorCache.size > 20_000) anchorCache.clear();
    hit = computeAnchor(t);
    anchorCache.set(t, hit);
  }
  return hit;
}

function computeAnchor(t: string): TableKind | null {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^[\d.,\s-]*$/.test(t)) return null;
  const key = labelKey(t);
  if (key.includes('勾稽关系') && key.length < 80) return 't3';
  if (t.length > 60) return null;
  if (key === '申请人情况') return 't3';
  const { key: sk } = strippedKey(t);
  if (T3_ANCHORS.some((a) => sk.startsWith(a)) && sk.length <= 30) return 't3';
  if (matchBlockHeader(t) || isInfoContentHeader(t) || columnGeneration(t)) return 't2';
  if (T4_ANCHORS.has(key)) return 't4';
  return null;
}

export interface Region {
  kind: TableKind;
  from: number;
  /** Exclusive line index. */
  to: number;
}

export function locateRegions(lines: Line[], headingLines: Set<number>): Region[] {
  const regions: Region[] = [];
  const kinds = lines.map((l, i) => (headingLines.has(i) ? null : anchorKind(l)));
  let i = 0;
  while (i < lines.length) {
    const kind = kinds[i];
    if (!kind) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (headingLines.has(j)) break;
      const other = kinds[j];
      if (other && other !== kind) break;
    }
    regions.push({ kind, from: i, to: j });
    i = j;
  }
  return regions;
}
