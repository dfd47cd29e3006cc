import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one, t2Row, t3Row } from './_helpers';

const RULE = 'table-cell-count';

test('valid: every row has the template width, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('table 三 row with six numbers (seed 004, cell-pipe draft): error, its arithmetic skipped', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => void t3Row(d, 'open').values!.pop());
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'error', b.line('t3.open'), ['表三“（一）予以公开”行有6个数字，模板为7列', '不参与勾稽关系检查']);
  assert.equal(h.fixes.length, 0);
  for (const rule of ['table-row-total', 'table-column-total', 'table-cell-empty']) none(b.text, rule);
});

test('table 三 row with eight numbers (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => void t3Row(d, 'carry').values!.push('0'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3.carry'), ['“二、上年结转政府信息公开申请数量”行有8个数字，模板为7列']);
});

test('PDF extraction row with six numbers (space draft)', () => {
  const b = build({ layout: 'space' }, (d) => void t3Row(d, 'next').values!.shift());
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3.next'), ['“四、结转下年度继续办理”行有6个数字']);
});

test('table 四 with 16 numbers (seed 003, Markdown draft)', () => {
  const b = build({ layout: 'markdown' }, (d) => d.t4.push('0'));
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t4.reviewUpheld'), ['表四', '有16个数字，模板为15列']);
  none(b.text, 'table-review-total');
});

test('table 二 row with two numbers for three columns (tab draft)', () => {
  const b = build({ layout: 'tab' }, (d) => void t2Row(d, 'b1.rules').cells.pop());
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2.b1.rules'), ['表二“规章”行有2个数字，模板为3列']);
});

test('HTML draft: a row with one cell fewer', () => {
  const b = build({ layout: 'html' }, (d) => void t3Row(d, 'open').values!.pop());
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3.open'), ['有6个数字']);
});

test('Markdown row with six numbers after an empty merged-label column is a width error, not a shifted row', () => {
  const b = build({ layout: 'markdown' }, (d) => void t3Row(d, 'open').values!.pop());
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3.open'), ['有6个数字']);
  for (const rule of ['table-row-total', 'table-column-total', 'table-cell-empty']) none(b.text, rule);
});
