// Template lookups by table and generation (the data lives in tables.ts).
// Rules name cells in every message, so lookups are indexed once: a map per
// generation order holds, for each id, the first definition the search order
// (generations, then blocks, then rows/columns) would find.

import type { Generation } from '../types';
import type { Table } from '../model/report';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROW, type ColumnDef, type RowDef } from './tables';

export function columnsFor(table: Table, colId: string): ColumnDef | undefined {
  if (table.kind === 't3') return T3_COLUMN_BY_ID.get(colId);
  if (table.kind === 't4') return T4_COLUMN_BY_ID.get(colId);
  return t2Index(table.generation).columns.get(colId);
}

export function rowDefFor(table: Table, rowId: string): RowDef | undefined {
  if (table.kind === 't3') return T3_ROW_BY_ID.get(rowId);
  if (table.kind === 't4') return T4_ROW;
  // A table 二 row answers to "block.row" and to its bare id.
  return t2Index(table.generation).rows.get(rowId);
}

/** id → the first definition with that id (what a find() over the list returns). */
function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of list) if (!map.has(x.id)) map.set(x.id, x);
  return map;
}

const T3_COLUMN_BY_ID = byId(T3_COLUMNS);
const T4_COLUMN_BY_ID = byId(T4_COLUMNS);
const T3_ROW_BY_ID = byId(T3_ROWS);

interface T2Index {
  columns: Map<string, ColumnDef>;
  rows: Map<string, RowDef>;
}

const t2Indexes = new Map<Generation, T2Index>();

function t2Index(g: Generation | null): T2Index {
  const order = generations(g);
  let index = t2Indexes.get(order[0]);
  if (!index) {
    index = { columns: new Map(), rows: new Map() };
    const first = <T>(map: Map<string, T>, key: string, value: T) => {
      if (!map.has(key)) map.set(key, value);
    };
    for (const gen of order) {
      for (const b of T2_BLOCKS[gen]) {
        for (const c of b.columns) first(index.columns, c.id, c);
        for (const r of b.rows) {
          first(index.rows, `${b.id}.${r.id}`, r);
          first(index.rows, r.id, r);
        }
      }
    }
    t2Indexes.set(order[0], index);
  }
  return index;
}

const ORDER_2019: Generation[] = ['2019', '2021'];
const ORDER_2021: Generation[] = ['2021', '2019'];

function generations(g: Generation | null): Generation[] {
  return g === '2019' ? ORDER_2019 : ORDER_2021;
}
