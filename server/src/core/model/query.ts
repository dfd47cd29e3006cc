// Read-only questions adapters ask of a parsed report: what is at this offset,
// and how is this number explained (hover).

import type { Msg } from '../types';
import type { Cell, Report, Row, Table } from './report';
import { columnsFor, rowDefFor } from '../template/lookup';
import type { RelationInstance } from './tableMath';

export interface CellHit {
  table: Table;
  row: Row;
  cell: Cell;
}

export function cellAt(report: Report, offset: number): CellHit | null {
  for (const table of report.tables) {
    if (offset < table.range.start || offset > table.range.end) continue;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (offset >= cell.range.start && offset <= Math.max(cell.range.end, cell.range.start + 1)) {
          return { table, row, cell };
        }
      }
    }
  }
  return null;
}

function colLabel(table: Table, colId: string): Msg {
  const def = columnsFor(table, colId);
  return def ? def.label : { zh: colId, en: colId };
}

function rowLabel(table: Table, rowId: string): Msg {
  const def = rowDefFor(table, rowId);
  return def ? def.label : { zh: rowId, en: rowId };
}

function show(c: Cell): string {
  return c.kind === 'number' && c.value !== null ? String(c.value) : c.kind === 'empty' ? '（空）' : `“${c.text}”`;
}

function showEn(c: Cell): string {
  return c.kind === 'number' && c.value !== null ? String(c.value) : c.kind === 'empty' ? '(empty)' : `"${c.text}"`;
}

function cellName(table: Table, c: Cell, rowOf: (c: Cell) => string): Msg {
  const row = rowLabel(table, rowOf(c));
  const col = colLabel(table, c.col);
  return { zh: `${row.zh}·${col.zh}`, en: `${row.en} / ${col.en}` };
}

/** The equation of one relation instance, in both languages, with values. */
export function equation(table: Table, inst: RelationInstance): Msg {
  const rowOf = (c: Cell) => table.rows.find((r) => r.cells.includes(c))?.id ?? '';
  const names = (cells: Cell[], lang: 'zh' | 'en') => cells.map((c) => cellName(table, c, rowOf)[lang]).join(' + ');
  const values = (cells: Cell[], en: boolean) => cells.map((c) => (en ? showEn(c) : show(c))).join(' + ');
  const l = inst.lhsSum === null ? '?' : String(inst.lhsSum);
  const r = inst.rhsSum === null ? '?' : String(inst.rhsSum);
  const ok = inst.lhsSum !== null && inst.rhsSum !== null && inst.lhsSum === inst.rhsSum;
  return {
    zh: `${names(inst.lhs, 'zh')} = ${names(inst.rhs, 'zh')}\n${values(inst.lhs, false)}（${l}）${ok ? '=' : '≠'} ${values(inst.rhs, false)}（${r}）`,
    en: `${names(inst.lhs, 'en')} = ${names(inst.rhs, 'en')}\n${values(inst.lhs, true)} (${l}) ${ok ? '=' : '≠'} ${values(inst.rhs, true)} (${r})`,
  };
}
