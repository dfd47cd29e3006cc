// Completes a table's empty cells the way the template implies: an ordinary
// empty cell is 0; a total or balancing cell takes the value its relation
// gives from the other cells (when that value is a valid count).

import type { Cell, Table } from './report';
import { instances, memoOn, round, type RelationInstance } from './tableMath';

export interface Solution {
  /**
   * Proposed value for an empty cell of an aligned row: 0 for an ordinary
   * cell, the computed value for a derived one; null when no valid value
   * follows (and for cells that are not empty).
   */
  fillOf(cell: Cell): number | null;
  /** Cells that are derived (totals / balancing cells) in some relation. */
  derived: Set<Cell>;
}

const SOLUTION = Symbol('solution');

/** Memoised on the table (see tableMath's memoOn for why not a WeakMap). */
export function solveEmpties(table: Table): Solution {
  return memoOn(table, SOLUTION, solve);
}

function solve(table: Table): Solution {
  const insts = instances(table);
  const derived = new Set<Cell>();
  for (const i of insts) derived.add(i.derived);
  // Only derived cells need a table entry: an ordinary empty cell is 0 by
  // definition, so it is answered from the cell itself (no map over every cell).
  const solved = new Map<Cell, number | null>();
  const known = (c: Cell): number | undefined => {
    if (c.kind === 'number') return c.value ?? undefined;
    if (c.kind !== 'empty') return undefined;
    if (!derived.has(c)) return 0;
    const v = solved.get(c);
    return v === null ? NaN : v;
  };
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const inst of insts) {
      const d = inst.derived;
      if (d.kind !== 'empty' || solved.has(d)) continue;
      const v = derivedValue(inst, known);
      if (v === undefined) continue;
      solved.set(d, v);
      changed = true;
    }
    if (!changed) break;
  }
  for (const inst of insts) if (inst.derived.kind === 'empty' && !solved.has(inst.derived)) solved.set(inst.derived, null);
  return {
    fillOf: (c) => (c.kind !== 'empty' ? null : derived.has(c) ? (solved.get(c) ?? null) : 0),
    derived,
  };
}

/** undefined: inputs unknown yet; null: the value would be invalid (negative). */
function derivedValue(inst: RelationInstance, known: (c: Cell) => number | undefined): number | null | undefined {
  const total = (cells: Cell[]) => {
    let s = 0;
    for (const c of cells) {
      if (c === inst.derived) continue;
      const v = known(c);
      if (v === undefined || Number.isNaN(v)) return undefined;
      s += v;
    }
    return round(s);
  };
  if (inst.relation.kind === 'balance') {
    const l = total(inst.lhs);
    const o = total(inst.rhs);
    if (l === undefined || o === undefined) return undefined;
    const v = round(l - o);
    return v >= 0 ? v : null;
  }
  const s = total(inst.rhs);
  return s === undefined ? undefined : s;
}

/** Value of a cell for arithmetic: the number, or the solver's value for an empty derived cell. */
export function effectiveValue(cell: Cell, sol: Solution): number | null {
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'empty' && sol.derived.has(cell)) return sol.fillOf(cell);
  return null;
}
