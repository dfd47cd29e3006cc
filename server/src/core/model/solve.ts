// Completes a table's empty cells the way the template implies, in two ways
// that must not be confused:
//
// - a proposal (fillOf): what fix-all would write — 0 in an ordinary empty
//   cell, and in a total or balancing cell the value its relation gives once
//   those zeros are written. It assumes the zeros; it is never evidence.
// - an exact value (exactOf): the value an empty total or balancing cell
//   must have given only numbers read with confidence. Arithmetic judges with
//   these alone: an empty cell is not a zero, so a relation over one is
//   undecidable unless the empty cell is the one the relation determines.
//
// Either value is null when the relations that determine the cell disagree,
// or when it would be negative.

import type { Cell, Table } from './report';
import { instances, memoOn, round, type RelationInstance } from './tableMath';

export interface Solution {
  /** Proposed value for an empty cell (0, or the computed value of a derived one); null when none is valid. */
  fillOf(cell: Cell): number | null;
  /** The value an empty derived cell must hold, from confidently read numbers only; null otherwise. */
  exactOf(cell: Cell): number | null;
  /** Cells that are derived (totals / balancing cells) in some relation. */
  derived: Set<Cell>;
}

const SOLUTION = Symbol('solution');

/** Memoised on the table (see tableMath's memoOn for why not a WeakMap). */
export function solveEmpties(table: Table): Solution {
  return memoOn(table, SOLUTION, solve);
}

/** A number read with confidence: the only cell value arithmetic may use as is. */
export function isPlacedNumber(c: Cell): boolean {
  return c.kind === 'number' && c.value !== null && c.placement !== 'guessed';
}

const NONE = new Map<Cell, number | null>();

function solve(table: Table): Solution {
  const insts = instances(table);
  const derived = new Set<Cell>();
  for (const i of insts) derived.add(i.derived);
  // Only relations whose derived cell is empty have anything to solve (a clean table has none).
  const open = insts.filter((i) => i.derived.kind === 'empty' && i.derived.placement !== 'guessed');
  const fill = open.length === 0 ? NONE : complete(open, derived, true);
  const exact = open.length === 0 ? NONE : complete(open, derived, false);
  return {
    fillOf: (c) => (c.kind !== 'empty' ? null : derived.has(c) ? (fill.get(c) ?? null) : 0),
    exactOf: (c) => (c.kind === 'empty' && derived.has(c) ? (exact.get(c) ?? null) : null),
    derived,
  };
}

/**
 * Values of the empty derived cells of `insts` (relations whose derived cell is empty). With `zeros`, an ordinary empty cell
 * counts as the 0 a fix would write; without, it is unknown. A cell two
 * relations determine differently gets null.
 */
function complete(insts: RelationInstance[], derived: Set<Cell>, zeros: boolean): Map<Cell, number | null> {
  const solved = new Map<Cell, number | null>();
  const known = (c: Cell): number | undefined => {
    if (c.kind === 'number') return isPlacedNumber(c) ? c.value! : undefined;
    if (c.kind !== 'empty' || c.placement === 'guessed') return undefined;
    if (!derived.has(c)) return zeros ? 0 : undefined;
    const v = solved.get(c);
    return v === null ? NaN : v;
  };
  let todo = insts;
  for (let pass = 0; pass < 4 && todo.length > 0; pass++) {
    const later: RelationInstance[] = [];
    for (const inst of todo) {
      const v = derivedValue(inst, known);
      if (v === undefined) {
        later.push(inst);
        continue;
      }
      const d = inst.derived;
      if (!solved.has(d)) solved.set(d, v);
      else if (solved.get(d) !== v) solved.set(d, null);
    }
    if (later.length === todo.length) break;
    todo = later;
  }
  return solved;
}

/** undefined: inputs unknown yet; null: the value would be invalid (negative, or from an invalid input). */
function derivedValue(inst: RelationInstance, known: (c: Cell) => number | undefined): number | null | undefined {
  let invalid = false;
  const total = (cells: Cell[]) => {
    let s = 0;
    for (const c of cells) {
      if (c === inst.derived) continue;
      const v = known(c);
      if (v === undefined) return undefined;
      if (Number.isNaN(v)) invalid = true;
      else s += v;
    }
    return round(s);
  };
  if (inst.relation.kind === 'balance') {
    const l = total(inst.lhs);
    const o = total(inst.rhs);
    if (l === undefined || o === undefined) return undefined;
    const v = round(l - o);
    return invalid || v < 0 ? null : v;
  }
  const s = total(inst.rhs);
  if (s === undefined) return undefined;
  return invalid ? null : s;
}

/** Value of a cell for arithmetic: a number read with confidence, or the exact value of an empty derived cell. */
export function effectiveValue(cell: Cell, sol: Solution): number | null {
  if (cell.kind === 'number') return isPlacedNumber(cell) ? cell.value : null;
  if (cell.kind === 'empty' && cell.placement !== 'guessed') return sol.exactOf(cell);
  return null;
}
