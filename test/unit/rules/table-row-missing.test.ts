import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, applyFix, build, dropT3Row, expectHit, fixOf, hits, none, one } from './_helpers';

const RULE = 'table-row-missing';

test('valid: every row and group label present, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('group label （五）不予处理 missing (seed 004, cell-pipe draft): reported before 1.信访举报投诉类申请', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => dropT3Row(d, 'ignored'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.ignored1'), ['表三缺少“（五）不予处理”分组标签']);
  const fixed = applyFix(b.text, fixOf(h, false));
  assert.equal(fixed, build({ layout: 'cell-pipe' }).text, 'the label is inserted in the draft’s own style');
  none(fixed, RULE);
});

test('group label missing in a pipe draft where it was merged into the first sub-row', () => {
  const b = build({ layout: 'pipe' }, (d) => dropT3Row(d, 'refused'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.refused1'), ['“（三）不予公开”分组标签']);
  none(applyFix(b.text, fixOf(h, false)), RULE);
});

test('data row 2.重复申请 missing: reported on the next row', () => {
  const b = build({ layout: 'space' }, (d) => dropT3Row(d, 'ignored2'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.ignored3'), ['表三缺少“2.重复申请”行']);
  assert.ok(applyFix(b.text, fixOf(h, false)).includes('2.重复申请\n3.要求提供公开出版物'));
});

test('2021: sub-row 2.申请人逾期未按收费通知… missing (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => dropT3Row(d, 'other2'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('t3.other3'), ['2.申请人逾期未按收费通知要求缴纳费用']);
});

test('2019: the （六）其他处理 data row missing (and nothing else)', () => {
  const b = build({ gen: '2019', layout: 'markdown' }, (d) => dropT3Row(d, 'otherHandling'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('t3.resultTotal'), ['表三缺少“（六）其他处理”行']);
});

test('several rows missing: one finding each', () => {
  const b = build({ layout: 'tab' }, (d) => ['refused7', 'refused8', 'unable3'].forEach((id) => dropT3Row(d, id)));
  assert.deepEqual(
    hits(b.text, RULE).map((h) => h.line),
    [b.line('t3.unable1'), b.line('t3.unable1'), b.line('t3.ignored1')],
  );
});

test('HTML draft: the suggested label is inserted as a table row, not as bare text between rows', () => {
  const b = build({ layout: 'html' }, (d) => dropT3Row(d, 'ignored'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3.ignored1'), ['（五）不予处理']);
  assert.match(fixOf(h, false).edits[0].text, /^<tr><td[^>]*>（五）不予处理<\/td>/);
});
