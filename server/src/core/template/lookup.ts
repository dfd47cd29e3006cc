// Template lookups by table and generation (the data lives in tables.ts).

import type { Generation } from '../types';
import type { Table } from '../model/report';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROW, type ColumnDef, type RowDef } from './tables';

export function columnsFor(table: Table, colId: string): ColumnDef | undefined {
  if (table.kind === 't3') return T3_COLUMNS.find((c) => c.id === colId);
  if (table.kind === 't4') return T4_COLUMNS.find((c) => c.id === colId);
  for (const gen of generations(table.generation)) {
    for (const b of T2_BLOCKS[gen]) {
      const c = b.columns.find((x) => x.id === colId);
      if (c) return c;
    }
  }
  return undefined;
}

export function rowDefFor(table: Table, rowId: string): RowDef | undefined {
  if (table.kind === 't3') return T3_ROWS.find((r) => r.id === rowId);
  if (table.kind === 't4') return T4_ROW;
  for (const gen of generations(table.generation)) {
    for (const b of T2_BLOCKS[gen]) {
      const r = b.rows.find((x) => `${b.id}.${x.id}` === rowId || x.id === rowId);
      if (r) return r;
    }
  }
  return undefined;
}

function generations(g: Generation | null): Generation[] {
  return g === '2019' ? ['2019', '2021'] : ['2021', '2019'];
}
