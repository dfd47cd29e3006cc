// Evaluates the template's relations over an aligned table. The arithmetic
// rules, the empty-cell solver and hover all read these instances, so an
// equation is computed in one place only.

import type { BalanceRelation, Relation, SumRelation } from '../template/relations';
import { RELATIONS } from '../template/relations';
import type { Cell, Row, Table } from './report';

export interface RelationInstance {
  relation: Relation;
  /** Row id (row relations) or column id (column and balance relations). */
  along: string;
  /** Cells on the left-hand side (the total, or lhs of a balance). */
  lhs: Cell[];
  /** Cells on the right-hand side (the parts, or rhs of a balance). */
  rhs: Cell[];
  /** The cell whose value follows from the others (total / balancing cell). */
  derived: Cell;
  lhsSum: number | null;
  rhsSum: number | null;
  /** Value the derived cell should hold, from the other cells (null if undecidable). */
  expected: number | null;
}

export function rowById(table: Table, id: string): Row | undefined {
  for (const r of table.rows) if (r.id === id) return r;
  return undefined;
}

/** A cell by row and column id; undefined when the row could not be aligned or read with confidence. */
export function cellAtIds(table: Table, rowId: string, colId: string): Cell | undefined {
  const row = rowById(table, rowId);
  if (!row || row.status === 'count' || row.unread) return undefined;
  return cellOf(row, colId);
}

/**
 * The row's (first) cell in a column. `at` is where the column sits in the
 * table's columns: an aligned row holds one cell per template column in column
 * order (cells[i].colIndex === i, ids unique), so a cell found there with the
 * right id and index is the first one; anything else falls back to the scan.
 */
function cellOf(row: Row, col: string, at = -1): Cell | undefined {
  const cells = row.cells;
  if (at >= 0 && at < cells.length) {
    const c = cells[at];
    if (c.col === col && c.colIndex === at) return c;
  }
  for (const c of cells) if (c.col === col) return c;
  return undefined;
}

function sum(cells: Cell[]): number | null {
  let s = 0;
  for (const c of cells) {
    if (c.kind !== 'number' || c.value === null) return null;
    s += c.value;
  }
  return round(s);
}

/** Sums of decimals are compared after rounding away float noise. */
export function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * Relation instances of a table; computed once per parsed table (the model is
 * immutable). The memo lives on the table under a private, non-enumerable
 * symbol rather than in a WeakMap: a WeakMap entry keeps a young table (and
 * all its cells) alive through minor GCs until it is promoted, which cost more
 * than the computation it saves.
 */
export function instances(table: Table): RelationInstance[] {
  return memoOn(table, INSTANCES, computeInstances);
}

const INSTANCES = Symbol('instances');

/** A value computed once per object, stored on it under `key` (invisible to JSON, spread and deepEqual). */
export function memoOn<O extends object, T>(obj: O, key: symbol, compute: (o: O) => T): T {
  const holder = obj as O & Record<symbol, T | undefined>;
  let v = holder[key];
  if (v === undefined) {
    v = compute(obj);
    Object.defineProperty(obj, key, { value: v });
  }
  return v;
}

function computeInstances(table: Table): RelationInstance[] {
  if (!table.aligned) return [];
  const out: RelationInstance[] = [];
  for (const rel of RELATIONS) {
    if (rel.table !== table.kind) continue;
    if (rel.kind === 'balance') out.push(...balanceInstances(table, rel));
    else out.push(...sumInstances(table, rel));
  }
  return out;
}

function columnsOf(table: Table): string[] {
  const row = table.rows.find((r) => r.status !== 'count' && r.cells.length > 0);
  return row ? row.cells.map((c) => c.col) : [];
}

/** The cells of `rows` in column col (at index `at`, see cellOf), skipping rows without one. */
function cellsIn(rows: Row[], col: string, at: number): Cell[] {
  const out: Cell[] = [];
  for (const r of rows) {
    const c = cellOf(r, col, at);
    if (c) out.push(c);
  }
  return out;
}

function sumInstances(table: Table, rel: SumRelation): RelationInstance[] {
  const out: RelationInstance[] = [];
  if (rel.kind === 'row') {
    const cols = columnsOf(table);
    const totalAt = cols.indexOf(rel.total);
    const partAt = rel.parts.map((p) => cols.indexOf(p));
    for (const row of table.rows) {
      if (row.status === 'count') continue;
      const total = cellOf(row, rel.total, totalAt);
      if (!total) continue;
      const parts: Cell[] = [];
      for (let k = 0; k < rel.parts.length; k++) {
        const c = cellOf(row, rel.parts[k], partAt[k]);
        if (c) parts.push(c);
      }
      if (parts.length === 0) continue;
      out.push(make(rel, row.id, [total], parts, total));
    }
  } else {
    const totalRow = rowById(table, rel.total);
    if (!totalRow || totalRow.status === 'count') return out;
    const partRows: Row[] = [];
    for (const p of rel.parts) {
      const r = rowById(table, p);
      if (!r) continue;
      // A column sum over a row that could not be aligned would be a guess.
      if (r.status === 'count') return out;
      partRows.push(r);
    }
    if (partRows.length === 0) return out;
    const cols = columnsOf(table);
    for (let at = 0; at < cols.length; at++) {
      const col = cols[at];
      const total = cellOf(totalRow, col, at);
      if (total) out.push(make(rel, col, [total], cellsIn(partRows, col, at), total));
    }
  }
  return out;
}

function balanceInstances(table: Table, rel: BalanceRelation): RelationInstance[] {
  const out: RelationInstance[] = [];
  const lhsRows: Row[] = [];
  const rhsRows: Row[] = [];
  for (const [ids, rows] of [
    [rel.lhs, lhsRows],
    [rel.rhs, rhsRows],
  ] as const) {
    for (const id of ids) {
      const r = rowById(table, id);
      if (!r || r.status === 'count') return out;
      rows.push(r);
    }
  }
  const derivedRow = rowById(table, rel.derived)!;
  const cols = columnsOf(table);
  for (let at = 0; at < cols.length; at++) {
    const col = cols[at];
    const lhs = cellsIn(lhsRows, col, at);
    const rhs = cellsIn(rhsRows, col, at);
    const derived = cellOf(derivedRow, col, at);
    if (!derived || lhs.length !== rel.lhs.length || rhs.length !== rel.rhs.length) continue;
    const inst = make(rel, col, lhs, rhs, derived);
    const l = sum(lhs);
    const o = sumExcept(rhs, derived);
    inst.expected = l !== null && o !== null ? round(l - o) : null;
    out.push(inst);
  }
  return out;
}

/** sum() of the cells other than `skip`. */
function sumExcept(cells: Cell[], skip: Cell): number | null {
  let s = 0;
  for (const c of cells) {
    if (c === skip) continue;
    if (c.kind !== 'number' || c.value === null) return null;
    s += c.value;
  }
  return round(s);
}

function make(rel: Relation, along: string, lhs: Cell[], rhs: Cell[], derived: Cell): RelationInstance {
  const lhsSum = sum(lhs);
  const rhsSum = sum(rhs);
  return { relation: rel, along, lhs, rhs, derived, lhsSum, rhsSum, expected: rel.kind === 'balance' ? null : rhsSum };
}

/** Relation instances in which the cell takes part. */
export function instancesOfCell(table: Table, cell: Cell): RelationInstance[] {
  return instances(table).filter((i) => i.lhs.includes(cell) || i.rhs.includes(cell));
}
