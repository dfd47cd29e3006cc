// Naming of tables, rows, columns and cells in messages.

import type { Msg } from '../../types';
import type { Cell, Row, Table } from '../../model/report';
import { columnsFor, rowDefFor } from '../../template/lookup';
import { TABLE_NAMES } from '../../template/tables';

export function colName(table: Table, colId: string): Msg {
  return columnsFor(table, colId)?.label ?? { zh: colId, en: colId };
}

export function rowName(table: Table, rowId: string): Msg {
  const def = rowDefFor(table, bareRowId(rowId));
  return def?.label ?? { zh: rowId, en: rowId };
}

/** "b1.rules" → "rules" (what rowId.split('.')[1] gives, without the array). */
function bareRowId(rowId: string): string {
  const dot = rowId.indexOf('.');
  if (dot < 0) return rowId;
  const next = rowId.indexOf('.', dot + 1);
  return next < 0 ? rowId.slice(dot + 1) : rowId.slice(dot + 1, next);
}

export function tableName(table: Table): Msg {
  return TABLE_NAMES[table.kind];
}

export function cellName(table: Table, row: Row, cell: Cell): Msg {
  // Table 四 has a single data row: its column names say everything.
  if (table.kind === 't4') return colName(table, cell.col);
  const r = rowName(table, row.id);
  const c = colName(table, cell.col);
  return { zh: `${r.zh}·${c.zh}`, en: `${r.en} / ${c.en}` };
}

export function rowOf(table: Table, cell: Cell): Row | undefined {
  return table.rows.find((r) => r.cells.includes(cell));
}
