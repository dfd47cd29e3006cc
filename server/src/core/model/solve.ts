// Completes a table's empty cells the way the template implies: an ordinary
// empty cell is 0; a total or balancing cell takes the value its relation
// gives from the other cells (when that value is a valid count).

import type { Cell, Table } from './report';
import { instances, round, type RelationInstance } from './tableMath';

export interface Solution {
  /** Proposed value for every empty cell; null when no valid value follows. */
  fill: Map<Cell, number | null>;
  /** Cells that are derived (totals / balancing cells) in some relation. */
  derived: Set<Cell>;
}

const solutionCache = new WeakMap<Table, Solution>();

export function solveEmpties(table: Table): Solution {
  let sol = solutionCache.get(table);
  if (!sol) {
    sol = solve(table);
    solutionCache.set(table, sol);
  }
  return sol;
}

function solve(table: Table): Solution {
  const insts = instances(table);
  const derived = new Set(insts.map((i) => i.derived));
  const known = new Map<Cell, number>();
  const fill = new Map<Cell, number | null>();
  for (const row of table.rows) {
    if (row.status === 'count') continue;
    for (const c of row.cells) {
      if (c.kind === 'number' && c.value !== null) known.set(c, c.value);
      else if (c.kind === 'empty' && !derived.has(c)) {
        known.set(c, 0);
        fill.set(c, 0);
      }
    }
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const inst of insts) {
      const d = inst.derived;
      if (d.kind !== 'empty' || known.has(d)) continue;
      const v = derivedValue(inst, known);
      if (v === undefined) continue;
      known.set(d, v ?? NaN);
      fill.set(d, v);
      changed = true;
    }
    if (!changed) break;
  }
  for (const inst of insts) if (inst.derived.kind === 'empty' && !fill.has(inst.derived)) fill.set(inst.derived, null);
  return { fill, derived };
}

/** undefined: inputs unknown yet; null: the value would be invalid (negative). */
function derivedValue(inst: RelationInstance, known: Map<Cell, number>): number | null | undefined {
  const total = (cells: Cell[]) => {
    let s = 0;
    for (const c of cells) {
      if (c === inst.derived) continue;
      const v = known.get(c);
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
  if (cell.kind === 'empty' && sol.derived.has(cell)) return sol.fill.get(cell) ?? null;
  return null;
}
