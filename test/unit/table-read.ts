// Shared by the layout tests (pdf-layouts, pdf-real-layouts): a table read
// with confidence, and a draft with no table or arithmetic finding.

import assert from 'node:assert/strict';
import { lintAll, none, tableOf } from './rules/_helpers';
import type { Table } from '../../server/src/core/model/report';

export const ARITH = ['table-row-total', 'table-column-total', 'table-balance', 'table-review-total'];
export const STRUCT = [...ARITH, 'table-cell-count', 'table-cell-not-number', 'table-cell-empty', 'table-row-missing', 'table-unaligned'];

export function table(text: string, kind: Table['kind']): Table {
  return tableOf(lintAll(text).result.report, kind);
}

/** Every row of the table read with confidence (no unread row, no guessed cell); rows' values as expected (cells, or joined by spaces). */
export function assertRead(text: string, kind: Table['kind'], expect: Record<string, string | string[]> = {}): Table {
  const t = table(text, kind);
  assert.equal(t.aligned, true, `${kind} aligned (${t.unalignedReason})`);
  for (const r of t.rows) {
    assert.equal(r.unread, undefined, `${kind} ${r.id} read`);
    for (const c of r.cells) assert.notEqual(c.placement, 'guessed', `${kind} ${r.id}.${c.col} placed`);
  }
  for (const [id, values] of Object.entries(expect)) {
    const row = t.rows.find((r) => r.id === id);
    assert.ok(row, `row ${id} found`);
    const texts = row.cells.map((c) => c.text);
    if (Array.isArray(values)) assert.deepEqual(texts, values, `${id} values`);
    else assert.equal(texts.join(' '), values, `${id} values`);
  }
  return t;
}

/** None of `rules` (the table rules by default) reports anything. */
export function quiet(text: string, rules: readonly string[] = STRUCT): void {
  for (const r of rules) none(text, r);
}
