import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import { LAYOUTS, applyFix, build, expectFixAllClears, expectHit, fixOf, hits, none, one, setT2, setT3, setT4 } from './_helpers';

const RULE = 'table-cell-not-number';

test('valid: numbers only (a negative 本年增/减 and decimals included), in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('placeholder "-" in table 三: error; the safe fix writes 0; fix-all converges', () => {
  const b = build({}, (d) => setT3(d, 'carry', 'research', '-'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.carry'), ['表三的单元格应只填数字，不应为“-”', '没有数据请填 0']);
  assert.equal(applyFix(b.text, fixOf(h, true)), build().text);
  assert.equal(expectFixAllClears(b.text, RULE), build().text);
});

test('placeholder 无 in table 二 (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => setT2(d, 'b6.coercion', 'decisions', '无'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t2.b6.coercion.decisions'), ['表二的单元格应只填数字，不应为“无”']);
  assert.equal(expectFixAllClears(b.text, RULE), build({ layout: 'cell-per-line' }).text);
});

test('placeholders — and / in table 四 (cell-pipe draft): one safe fix each', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => (setT4(d, 'afterOther', '—'), setT4(d, 'afterPending', '/')));
  const h = hits(b.text, RULE);
  assert.equal(h.length, 2);
  expectHit(h[0], RULE, 'error', b.line('t4.afterOther'), ['表四的单元格应只填数字，不应为“—”']);
  expectHit(h[1], RULE, 'error', b.line('t4.afterPending'), ['不应为“/”']);
  for (const x of h) fixOf(x, true);
  assert.equal(expectFixAllClears(b.text, RULE), build({ layout: 'cell-pipe' }).text);
});

test('a number with a note (seed 004 "3项(41笔)"): only a suggested fix keeping the number', () => {
  const b = build({ gen: '2019', layout: 'cell-pipe' }, (d) => setT2(d, 'b9.procurement', 'purchases', '3项(41笔)'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t2.b9.procurement.purchases'), ['不应为“3项(41笔)”']);
  const fix = fixOf(h, false);
  assert.match(fix.title.zh, /只保留数字 3/);
  assert.ok(applyFix(b.text, fix).includes('\n3 |\n'));
  assert.equal(hits(fixAll(b.text).text, RULE).length, 1, 'fix-all leaves a suggestion alone');
});

test('a unit in a money cell (HTML draft): units belong in the header', () => {
  const b = build({ layout: 'html' }, (d) => setT2(d, 'b8.fees', 'feeAmount', '0.5万元'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t2.b8.fees'), ['不应为“0.5万元”']);
  assert.equal(applyFix(b.text, fixOf(h, false)), build({ layout: 'html' }, (d) => setT2(d, 'b8.fees', 'feeAmount', '0.5')).text);
});
