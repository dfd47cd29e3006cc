// Table 三 (requests received and handled): rows by label and template order.

import type { Line } from '../cells';
import type { Row, Table } from '../report';
import type { Range } from '../../types';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import { T3_COLUMNS } from '../../template/tables';
import { labelKey } from '../../text/normalize';
import { isProseText, matchT3, T3_HEADER_KEYS, t3Def } from './classify';
import { assembleRows, type LabelHit } from './assemble';
import { alignOf, buildRow, dropMergedColumn, type Collected } from './rowBuild';
import { finishTable } from './finish';
import { attachHtmlCells } from './htmlRows';
import { unglueLine } from './glued';
import { decodeRow, isRunTogether } from './decode';
import type { Decoding } from '../report';

const WEAK_HEADERS = new Set(['其他', '其它', '总计']);

export function parseT3(src: SourceText, raw: Line[]): Table {
  // Labels glued to their digits are cut apart first (a table copied without its markup).
  const lines = src.isHtml ? raw : raw.map(unglueLine);
  let lastIdx = -1;
  const index = new Map<string, number>();
  // After a column header, a bare 其他 / 总计 is the next header word (a page
  // break repeats the header row mid-table), not the row 3.其他 or （七）总计.
  let afterHeader = false;
  const asm = assembleRows(lines, {
    match(seg): LabelHit | null {
      const key = labelKey(seg.text);
      if (key.includes('勾稽关系') || key === '申请人情况') return { kind: 'header' };
      if (T3_HEADER_KEYS.has(key) && (afterHeader || !WEAK_HEADERS.has(key))) {
        afterHeader = true;
        return { kind: 'header' };
      }
      const i = matchT3(seg.text, lastIdx);
      if (i < 0 || isProseText(seg.text)) return null;
      afterHeader = false;
      lastIdx = i;
      const def = t3Def(i);
      index.set(def.id, i);
      return def.group ? { kind: 'group', id: def.id } : { kind: 'row', id: def.id };
    },
  });
  dropMergedColumn(asm.rows);
  if (src.isHtml) attachHtmlCells(src, asm.rows);
  const decoded = new Map<Collected, Decoding>();
  for (const c of asm.rows) {
    if (!isRunTogether(c, T3_COLUMNS.length)) continue;
    const d = decodeRow(c, T3_COLUMNS.length);
    if (d.segs) c.cells = d.segs;
    decoded.set(c, d.decoding);
  }
  const align = alignOf(asm.rows, () => T3_COLUMNS.length);
  const rows: Row[] = [];
  const groups = new Map<string, Range>();
  const seen = new Set<string>();
  asm.rows.forEach((c, i) => {
    const def = t3Def(index.get(c.id)!);
    const labelRange = { start: src.toOriginal(c.label.start), end: src.toOriginalEnd(c.label.end) };
    if (seen.has(c.id)) return;
    seen.add(c.id);
    const next = asm.rows[i + 1];
    const isGroup = def.group || (def.maybeGroup && noValues(c) && !!next && t3Def(index.get(next.id)!).parent === def.id);
    if (isGroup) {
      groups.set(def.id, labelRange);
      return;
    }
    const decoding = decoded.get(c);
    if (!decoding) {
      rows.push(buildRow(src, c, T3_COLUMNS, c.label.text, { align }));
      return;
    }
    const placement = decoding.values ? DECODED : RUN_TOGETHER;
    const row = buildRow(src, c, T3_COLUMNS, c.label.text, { align, placement });
    row.decoding = decoding;
    rows.push(row);
  });
  const generation: Generation | null = rows.some((r) => /^other[123]$/.test(r.id)) ? '2021' : rows.some((r) => r.id === 'otherHandling') ? '2019' : null;
  return finishTable(src, 't3', lines, rows, groups, generation, asm.lastSeg);
}

const DECODED = { placement: 'decoded' as const };
const RUN_TOGETHER = { placement: 'guessed' as const, unread: 'run-together' as const };

function noValues(c: Collected): boolean {
  if (c.tds) return c.tds.every((td) => td.text === '');
  return c.cells.every((s) => s.text === '');
}
