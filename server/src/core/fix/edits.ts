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
 */
export function selectNonOverlapping(fixes: Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const clash = fix.edits.some((e) => chosen.some((c) => overlaps(c, e))) || fix.edits.some((e, i) => fix.edits.some((f, j) => i < j && overlaps(e, f)));
    if (!clash) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
