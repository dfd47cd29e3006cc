// Minimal text edits: sort, drop overlaps, apply in one pass.

import type { Fix, TextEdit } from '../types';

export function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point also conflict: their order would be a guess.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks fixes whose edits overlap neither each other nor an already chosen fix.
 * A fix is taken whole or not at all, so a multi-edit fix (e.g. a bracket pair)
 * is never half-applied; the ones left out are retried on the next pass.
 * Fixes are considered in order: on a clash the earlier fix wins.
 *
 * The chosen edits never overlap one another, so whether a new edit clashes
 * with any of them is a question about a few counts over the edits'
 * coordinates (two Fenwick trees), not a comparison with every chosen edit:
 * O(e log e) for e edits in all. Edits are ranges with start <= end.
 */
export function selectNonOverlapping(fixes: Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const index = new CoordinateIndex(fixes);
  const state = new ChosenEdits(index.size);
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const clash = fix.edits.some((e) => state.clashes(index.of(e.start), index.of(e.end))) || overlapEachOther(fix.edits);
    if (clash) continue;
    for (const e of fix.edits) {
      state.add(index.of(e.start), index.of(e.end), chosen.length);
      chosen.push(e);
    }
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether two edits of one fix overlap (the pairwise test for the usual handful of edits). */
function overlapEachOther(edits: TextEdit[]): boolean {
  if (edits.length <= 8) {
    for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) if (overlaps(edits[i], edits[j])) return true;
    return false;
  }
  // By start (insertions before ranges that start where they are): a range clashes
  // with an earlier one when the furthest end so far lies past its start; an
  // insertion clashes with a range that started before it and ends after it, or
  // with an insertion at the same point (the one just before it in this order).
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let furthest = -Infinity;
  let lastInsertion = NaN;
  for (const e of sorted) {
    if (e.start === e.end) {
      if (furthest > e.start || lastInsertion === e.start) return true;
      lastInsertion = e.start;
    } else {
      if (furthest > e.start) return true;
      furthest = Math.max(furthest, e.end);
    }
  }
  return false;
}

/** Every start and end of the fixes' edits, sorted and numbered 0…size-1. */
class CoordinateIndex {
  private readonly values: Float64Array;
  readonly size: number;
  constructor(fixes: Fix[]) {
    let count = 0;
    for (const f of fixes) count += f.edits.length;
    const all = new Float64Array(2 * count);
    let k = 0;
    for (const f of fixes) {
      for (const e of f.edits) {
        all[k++] = e.start;
        all[k++] = e.end;
      }
    }
    all.sort();
    let size = 0;
    for (let i = 0; i < all.length; i++) if (size === 0 || all[i] !== all[size - 1]) all[size++] = all[i];
    this.values = all.subarray(0, size);
    this.size = size;
  }
  /** The number of a coordinate (it is one of the values). */
  of(x: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The chosen edits over numbered coordinates. Cell c is the gap between
 * coordinates c and c + 1: a range [s, t) covers cells s…t-1, and as chosen
 * ranges never overlap each cell is covered once at most, so marking costs
 * O(size log size) over a whole selection.
 */
class ChosenEdits {
  /** Covered cells. */
  private readonly cells: Fenwick;
  /** Insertion points. */
  private readonly points: Fenwick;
  /** The chosen edit covering each cell, or -1: a point inside one range has the same owner on both sides. */
  private readonly owner: Int32Array;
  private readonly inserted: Uint8Array;
  constructor(size: number) {
    this.cells = new Fenwick(size);
    this.points = new Fenwick(size);
    this.owner = new Int32Array(size).fill(-1);
    this.inserted = new Uint8Array(size);
  }
  /** Whether the edit [s, t) (coordinate numbers) overlaps a chosen edit, as overlaps() defines it. */
  clashes(s: number, t: number): boolean {
    if (s === t) return this.inserted[s] === 1 || (s > 0 && this.owner[s] !== -1 && this.owner[s - 1] === this.owner[s]);
    // A range clashes with a range covering one of its cells, or an insertion strictly inside it.
    return this.cells.sum(s, t) > 0 || this.points.sum(s + 1, t) > 0;
  }
  add(s: number, t: number, id: number): void {
    if (s === t) {
      this.inserted[s] = 1;
      this.points.add(s);
      return;
    }
    for (let c = s; c < t; c++) {
      this.owner[c] = id;
      this.cells.add(c);
    }
  }
}

/** Counts over positions 0…size-1: add one at a position, sum over [from, to). */
class Fenwick {
  private readonly tree: Int32Array;
  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }
  add(i: number): void {
    for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]++;
  }
  /** Sum over [0, end). */
  private prefix(end: number): number {
    let s = 0;
    for (let k = end; k > 0; k -= k & -k) s += this.tree[k];
    return s;
  }
  sum(from: number, to: number): number {
    return to <= from ? 0 : this.prefix(to) - this.prefix(from);
  }
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = isSorted(edits) ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Pieces joined once: the text is copied a single time whatever the number of edits.
  const pieces: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    pieces.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  pieces.push(text.slice(pos));
  return pieces.join('');
}

function isSorted(edits: TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1];
    const b = edits[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
