// Shared evaluation of the template relations for the four arithmetic rules.
// A relation is only judged when it is decidable: every member a number read
// with confidence (see Placement), or an empty derived cell whose value those
// numbers fix exactly. An empty or guessed member makes it undecidable — an
// empty cell is table-cell-empty's finding, a guessed one table-unaligned's —
// never a 0. The one exception is an empty balancing cell that no count could
// fill: the numbers around it already require it to be negative.

import type { RuleContext } from '../rule';
import type { Msg, Range, Related } from '../../types';
import type { Cell, Row, Table } from '../../model/report';
import type { RelationRule } from '../../template/relations';
import { instances, round, type RelationInstance } from '../../model/tableMath';
import { effectiveValue, isPlacedNumber, solveEmpties, type Solution } from '../../model/solve';
import { equation } from '../../model/query';
import { fillText } from '../../template/render';
import { lineAround } from '../helpers';
import { cellName, colName, rowName, rowOf } from './shared';
import { withDecoding } from './decodedWords';

export interface Verdict {
  table: Table;
  inst: RelationInstance;
  /** Value the total / balancing cell holds (or would, for an empty derived cell). */
  actual: number | null;
  /** Sum the other side gives. */
  expected: number;
  lhs: number;
  rhs: number;
}

export function evaluate(table: Table, rule: RelationRule, sol: Solution): Verdict[] {
  const out: Verdict[] = [];
  for (const inst of instances(table)) {
    if (inst.relation.rule !== rule) continue;
    const v = inst.relation.kind === 'balance' ? balance(table, inst, sol) : sum(table, inst, sol);
    if (v) out.push(v);
  }
  return out;
}

function known(c: Cell, sol: Solution): number | null {
  return effectiveValue(c, sol);
}

function sum(table: Table, inst: RelationInstance, sol: Solution): Verdict | null {
  const total = inst.derived;
  if (!isPlacedNumber(total)) return null;
  let s = 0;
  for (const p of inst.rhs) {
    const v = known(p, sol);
    if (v === null) return null;
    s += v;
  }
  s = round(s);
  if (s === total.value) return null;
  return { table, inst, actual: total.value, expected: s, lhs: total.value!, rhs: s };
}

function balance(table: Table, inst: RelationInstance, sol: Solution): Verdict | null {
  const lhsVals = inst.lhs.map((c) => known(c, sol));
  if (lhsVals.some((v) => v === null)) return null;
  const l = round(lhsVals.reduce<number>((a, b) => a + b!, 0));
  const others = inst.rhs.filter((c) => c !== inst.derived).map((c) => known(c, sol));
  if (others.some((v) => v === null)) return null;
  const o = round(others.reduce<number>((a, b) => a + b!, 0));
  const d = inst.derived;
  if (isPlacedNumber(d)) {
    if (round(o + d.value!) === l) return null;
    return { table, inst, actual: d.value, expected: round(l - o), lhs: l, rhs: round(o + d.value!) };
  }
  // An empty balancing cell is only an error when no valid value could fill it.
  if (d.kind === 'empty' && d.placement !== 'guessed' && l - o < 0) return { table, inst, actual: null, expected: round(l - o), lhs: l, rhs: o };
  return null;
}

export function relatedOf(v: Verdict): Related[] {
  const cells = [...v.inst.lhs, ...v.inst.rhs];
  const rows = cells.map((c) => rowOf(v.table, c));
  // The message already names the shared row or column ("…”行", "自然人列"); each
  // related cell then needs only the other coordinate, which keeps the Problems
  // panel readable (and the payload a third smaller on big files).
  const sameRow = rows.every((r) => r === rows[0]);
  const sameCol = cells.every((c) => c.col === cells[0].col);
  return cells.map((c, i) => {
    const row = rows[i];
    const name = !row
      ? { zh: c.col, en: c.col }
      : sameRow && v.table.kind !== 't4'
        ? colName(v.table, c.col)
        : sameCol && !sameRow
          ? rowName(v.table, row.id)
          : cellName(v.table, row, c);
    const zh = c.kind === 'number' ? String(c.value) : c.kind === 'empty' ? '（空）' : c.text;
    const en = c.kind === 'number' ? String(c.value) : c.kind === 'empty' ? '(empty)' : c.text;
    return { range: c.range, message: { zh: `${name.zh}：${zh}`, en: `${name.en}: ${en}` } };
  });
}

/** "自然人列" / "“一、本年新收…”行". */
export function along(v: Verdict): Msg {
  if (v.inst.relation.kind === 'row') {
    const r = rowName(v.table, v.inst.along);
    return { zh: `“${r.zh}”行`, en: `row "${r.en}"` };
  }
  const c = colName(v.table, v.inst.along);
  return { zh: `${c.zh}列`, en: `column ${c.en}` };
}

/** Where to show a finding: the derived cell if it is a real cell, else a contributing one. */
export function anchor(ctx: RuleContext, v: Verdict): Range {
  const d = v.inst.derived;
  const row = rowOf(v.table, d);
  if (row && row.found === row.cells.length && d.range.end > d.range.start) return d.range;
  const parts = [...v.inst.lhs, ...v.inst.rhs].filter((c) => c.kind === 'number' && c.value !== 0 && c.range.end > c.range.start);
  const colSum = instances(v.table).find((i) => i.relation.kind === 'column' && i.derived === v.inst.rhs[0]);
  const contributor = colSum?.rhs.find((c) => c.kind === 'number' && c.value !== 0) ?? parts[0];
  if (contributor) return lineAround(ctx.text, contributor.range.start);
  return row ? row.labelRange : d.range;
}

export function setFix(ctx: RuleContext, cell: Cell, value: number, title: Msg) {
  if (cell.range.end <= cell.range.start && cell.kind !== 'empty') return [];
  const text = cell.kind === 'empty' ? fillText(ctx.text, cell.range.start, cell.range.end, value) : String(value);
  return [{ title, edits: [{ start: cell.range.start, end: cell.range.end, text }], safe: false }];
}

export function forTables(ctx: RuleContext, kind: Table['kind'], rule: RelationRule, each: (v: Verdict) => void): void {
  for (const t of ctx.report.tables) {
    if (t.kind !== kind || !t.aligned) continue;
    const sol = solveEmpties(t);
    for (const v of evaluate(t, rule, sol)) each(v);
  }
}

export function detailOf(v: Verdict): Msg {
  const rows = new Set<Row>();
  for (const c of [...v.inst.lhs, ...v.inst.rhs]) {
    const r = c.placement === 'decoded' ? rowOf(v.table, c) : undefined;
    if (r) rows.add(r);
  }
  return withDecoding(v.table, [...rows], equation(v.table, v.inst));
}
