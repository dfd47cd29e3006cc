// Table 二 (proactive disclosure): blocks 第二十条第（X）项, each with its own
// columns. A block's generation comes from its column headers; without them,
// from the other blocks, then from the report year.

import type { Line } from '../cells';
import type { Row, Table } from '../report';
import type { SourceText } from '../../text/source';
import type { Generation } from '../../types';
import { blockDef, columnGeneration, isInfoContentHeader, isProseText, matchBlockHeader, matchT2Row } from './classify';
import { assembleRows, type LabelHit } from './assemble';
import { alignOf, buildRow, type Collected } from './rowBuild';
import type { ColumnDef } from '../../template/tables';
import { finishTable } from './finish';
import { fragmentTest } from './fragments';
import { attachHtmlCells } from './htmlRows';
import { TextMemo } from '../../text/memo';

export function parseT2(src: SourceText, lines: Line[], fallback: Generation | null): Table {
  let block: string | null = null;
  const evidence = new Map<string, Generation>();
  const votes: Record<Generation, number> = { '2019': 0, '2021': 0 };
  const asm = assembleRows(lines, {
    match(seg): LabelHit | null {
      const { block: b, header, gen } = labels.get(seg.text);
      if (b) {
        block = b;
        return { kind: 'block', id: b };
      }
      if (header) return { kind: 'header' };
      if (gen) {
        votes[gen]++;
        if (block) evidence.set(block, gen);
        return { kind: 'header' };
      }
      const row = matchT2Row(seg.text, block);
      if (!row || isProseText(seg.text)) return null;
      block = row.block;
      return { kind: 'row', id: `${row.block}.${row.row.id}`, block: row.block };
    },
  });
  if (src.isHtml) attachHtmlCells(src, asm.rows);
  const majority: Generation | null = votes['2021'] > votes['2019'] ? '2021' : votes['2019'] > 0 ? '2019' : null;
  const seen = new Set<string>();
  const found: { c: Collected; columns: ColumnDef[] }[] = [];
  for (const c of asm.rows) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const blockId = c.block!;
    const rowId = c.id.slice(blockId.length + 1);
    let gen = evidence.get(blockId) ?? majority ?? fallback ?? '2021';
    // A row only one generation has (e.g. 2019's 政府集中采购) settles it.
    if (!blockDef(blockId, gen)?.rows.some((r) => r.id === rowId)) gen = gen === '2021' ? '2019' : '2021';
    const def = blockDef(blockId, gen);
    if (def) found.push({ c, columns: def.columns });
  }
  const widths = new Map(found.map((f) => [f.c, f.columns.length]));
  const align = alignOf(
    found.map((f) => f.c),
    (c) => widths.get(c) ?? 0,
  );
  const cutShort = src.isHtml ? undefined : fragmentTest(lines);
  const rows: Row[] = found.map(({ c, columns }) => buildRow(src, c, columns, c.label.text, { align, cutShort }));
  const table = finishTable(src, 't2', lines, rows, new Map(), majority, asm.lastSeg);
  if (!majority && rows.some((r) => r.block === 'b9')) table.generation = '2019';
  return table;
}

/** What a cell text says by itself, before the open block matters (memoised: cells repeat). */
const labels = new TextMemo<{ block: string | null; header: boolean; gen: Generation | null }>((text) => ({
  block: matchBlockHeader(text),
  header: isInfoContentHeader(text),
  gen:
    columnGeneration(text) ??
    (/\s/.test(text) && text.length <= 120
      ? (text
          .split(/\s+/)
          .map(columnGeneration)
          .find((g) => g) ?? null)
      : null),
}));
