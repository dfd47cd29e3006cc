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
  return table.rows.find((r) => r.id === id);
}

export function cellAtIds(table: Table, rowId: string, colId: string): Cell | undefined {
  const row = rowById(table, rowId);
  if (!row || row.status === 'count') return undefined;
  return row.cells.find((c) => c.col === colId);
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

const instanceCache = new WeakMap<Table, RelationInstance[]>();

/** Relation instances of a table; computed once per parsed table (the model is immutable). */
export function instances(table: Table): RelationInstance[] {
  let cached = instanceCache.get(table);
  if (!cached) {
    cached = computeInstances(table);
    instanceCache.set(table, cached);
  }
  return cached;
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

function sumInstances(table: Table, rel: SumRelation): RelationInstance[] {
  const out: RelationInstance[] = [];
  if (rel.kind === 'row') {
    for (const row of table.rows) {
      if (row.status === 'count') continue;
      const total = row.cells.find((c) => c.col === rel.total);
      const parts = rel.parts.map((p) => row.cells.find((c) => c.col === p)).filter((c): c is Cell => !!c);
      if (!total || parts.length === 0) continue;
      out.push(make(rel, row.id, [total], parts, total));
    }
  } else {
    const totalRow = rowById(table, rel.total);
    if (!totalRow || totalRow.status === 'count') return out;
    const partRows = rel.parts.map((p) => rowById(table, p)).filter((r): r is Row => !!r);
    // A column sum over a row that could not be aligned would be a guess.
    if (partRows.some((r) => r.status === 'count') || partRows.length === 0) return out;
    for (const col of columnsOf(table)) {
      const total = totalRow.cells.find((c) => c.col === col);
      const parts = partRows.map((r) => r.cells.find((c) => c.col === col)).filter((c): c is Cell => !!c);
      if (total) out.push(make(rel, col, [total], parts, total));
    }
  }
  return out;
}

function balanceInstances(table: Table, rel: BalanceRelation): RelationInstance[] {
  const out: RelationInstance[] = [];
  const lhsRows = rel.lhs.map((id) => rowById(table, id));
  const rhsRows = rel.rhs.map((id) => rowById(table, id));
  if ([...lhsRows, ...rhsRows].some((r) => !r || r.status === 'count')) return out;
  for (const col of columnsOf(table)) {
    const lhs = lhsRows.map((r) => r!.cells.find((c) => c.col === col)).filter((c): c is Cell => !!c);
    const rhs = rhsRows.map((r) => r!.cells.find((c) => c.col === col)).filter((c): c is Cell => !!c);
    const derived = rowById(table, rel.derived)!.cells.find((c) => c.col === col);
    if (!derived || lhs.length !== rel.lhs.length || rhs.length !== rel.rhs.length) continue;
    const inst = make(rel, col, lhs, rhs, derived);
    const others = rhs.filter((c) => c !== derived);
    const l = sum(lhs);
    const o = sum(others);
    inst.expected = l !== null && o !== null ? round(l - o) : null;
    out.push(inst);
  }
  return out;
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
