import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, none, one } from './_helpers';

const RULE = 'table-unaligned';
const ARITH = ['table-row-total', 'table-column-total', 'table-balance', 'table-cell-count', 'table-cell-empty'];

test('valid: every layout and both generations align', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('numbers run together in table 三 (one cell per row): reported once, arithmetic skipped', () => {
  const b = build({}, (d) => d.t3.forEach((r) => r.values && (r.values = [r.values.join('')])));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3'), ['表三', '无法与模板对齐', '多数行的数字个数与模板列数不符', '已跳过该表的勾稽关系检查']);
  assert.equal(h.fixes.length, 0);
  for (const rule of ARITH) none(b.text, rule);
});

test('row labels lost in table 三 (cell-per-line draft): no data row recognised', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => d.t3.forEach((r, i) => (r.label = `第${i + 1}行`)));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3'), ['表三', '未识别出任何数据行']);
  for (const rule of ARITH) none(b.text, rule);
});

test('a damaged table 三 does not make tables 二 and 四 unaligned', () => {
  const b = build({ layout: 'tab' }, (d) => d.t3.forEach((r) => r.values && (r.values = [r.values.join('')])));
  assert.deepEqual(
    hits(b.text, RULE).map((h) => h.message.zh.slice(0, 3)),
    ['表三：'],
  );
});
