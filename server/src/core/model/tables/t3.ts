// Table 三 (requests received and handled): rows by label and template order.

import type { Line } from '../cells';
import type { Row, Table } from '../report';
import type { Range } from '../../types';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import { T3_COLUMNS } from '../../template/tables';
import { labelKey } from '../../text/normalize';
import { isProseText, isT3HeaderLine, isT3Wording, matchT3, T3_HEADER_KEYS, t3Count, t3Def, t3GroupFragment, valueClass } from './classify';
import { markDetached, orphanValueLines } from './detached';
import { assembleRows, type LabelHit } from './assemble';
import { alignOf, buildRow, dropMergedColumn, type Collected } from './rowBuild';
import { finishTable } from './finish';
import { fragmentTest } from './fragments';
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
      if (i < 0 || (isProseText(seg.text) && !isT3Wording(seg.text, i))) return null;
      afterHeader = false;
      lastIdx = i;
      const def = t3Def(i);
      index.set(def.id, i);
      return def.group ? { kind: 'group', id: def.id } : { kind: 'row', id: def.id };
    },
    headerLine(line) {
      if (!isT3HeaderLine(line)) return false;
      afterHeader = true;
      return true;
    },
  });
  dropMergedColumn(asm.rows);
  if (src.isHtml) attachHtmlCells(src, asm.rows);
  const decoded = new Map<Collected, Decoding>();
  for (const c of asm.rows) {
    if (!isRunTogether(c, T3_COLUMNS.length)) continue;
    const d = decodeRow(c, [T3_COLUMNS.length]);
    if (d.segs) c.cells = d.segs;
    decoded.set(c, d.decoding);
  }
  const align = alignOf(asm.rows, () => T3_COLUMNS.length);
  const rows: Row[] = [];
  const groups = new Map<string, Range>();
  const chosen = chosenRows(asm.rows);
  const cutShort = src.isHtml ? undefined : fragmentTest(lines);
  asm.rows.forEach((c, i) => {
    const def = t3Def(index.get(c.id)!);
    const labelRange = { start: src.toOriginal(c.label.start), end: src.toOriginalEnd(c.label.end) };
    if (chosen.get(c.id) !== c) return;
    const next = asm.rows[i + 1];
    const isGroup = def.group || (def.maybeGroup && noValues(c) && !!next && t3Def(index.get(next.id)!).parent === def.id);
    if (isGroup) {
      groups.set(def.id, labelRange);
      return;
    }
    const decoding = decoded.get(c);
    if (!decoding) {
      rows.push(buildRow(src, c, T3_COLUMNS, c.label.text, { align, cutShort }));
      return;
    }
    const placement = decoding.values ? DECODED : RUN_TOGETHER;
    const row = buildRow(src, c, T3_COLUMNS, c.label.text, { align, placement });
    row.decoding = decoding;
    rows.push(row);
  });
  wrappedGroups(src, lines, rows, groups);
  if (!src.isHtml) markDetached(rows, orphanValueLines(lines, asm.rows));
  const generation: Generation | null = rows.some((r) => /^other[123]$/.test(r.id)) ? '2021' : rows.some((r) => r.id === 'otherHandling') ? '2019' : null;
  return finishTable(src, 't3', lines, rows, groups, generation, asm.lastSeg);
}

const DECODED = { placement: 'decoded' as const };
const RUN_TOGETHER = { placement: 'guessed' as const, unread: 'run-together' as const };

/**
 * One reading per row id: the first, unless it has no values and a later one
 * has — PDF→Markdown writes a row's label as a heading ("### （一）予以公开")
 * over a small table whose row repeats the label with the numbers.
 */
function chosenRows(all: Collected[]): Map<string, Collected> {
  const out = new Map<string, Collected>();
  for (const c of all) {
    const had = out.get(c.id);
    if (!had || (noValues(had) && !noValues(c))) out.set(c.id, c);
  }
  return out;
}

/**
 * Group labels broken over lines and interleaved with their neighbours'
 * ("（四）无" / "法提供"): found when a fragment starts with the group's ordinal
 * and title and the row right after the group is there. A group label absent
 * without any such fragment stays missing (table-row-missing).
 */
function wrappedGroups(src: SourceText, lines: Line[], rows: Row[], groups: Map<string, Range>): void {
  const present = new Set(rows.map((r) => r.id));
  for (const line of lines) {
    if (line.blank || line.rule) continue;
    for (const seg of line.segs) {
      if (valueClass(seg) !== 'text') continue;
      const g = t3GroupFragment(seg.text);
      if (g < 0) continue;
      const def = t3Def(g);
      if (groups.has(def.id) || !firstMemberPresent(g, present)) continue;
      groups.set(def.id, { start: src.toOriginal(seg.start), end: src.toOriginalEnd(seg.end) });
    }
  }
}

function firstMemberPresent(g: number, present: Set<string>): boolean {
  for (let i = g + 1; i < t3Count(); i++) {
    const def = t3Def(i);
    if (def.group) continue;
    return present.has(def.id);
  }
  return false;
}

function noValues(c: Collected): boolean {
  if (c.tds) return c.tds.every((td) => td.text === '');
  return c.cells.every((s) => s.text === '');
}
